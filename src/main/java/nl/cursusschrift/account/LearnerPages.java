package nl.cursusschrift.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Freshness;
import nl.cursusschrift.web.Page;

/**
 * A signed-in learner's most visited pages (the home page, a lesson, an assignment, the notebook), kept
 * as the bytes last sent, and sent again while nothing they show has changed.
 *
 * <p>Why it stays correct, on every instance: the key holds the whole {@link CurrentUser} read with the
 * session on this request, and with it the database's {@link CurrentUser.Versions versions} of the
 * learner's own data, their cohort's and everyone's. Triggers move those versions in the same
 * transaction as any change a page shows (migration V12), so a change made on any instance gives the
 * next request a new key. The rest of the key: the session itself (its CSRF token is in the page), the
 * path and query, the date (the weeks that are open, "vandaag om"), and the course as loaded (a reload is
 * a new object). A page that shows the current minute (a contact log's moment that starts at "now")
 * is kept until that minute ends ({@link Freshness}).
 *
 * <p>Never kept: staff pages, anything but a GET, a page with a one-time message (the flash), a page
 * that sets a cookie, anything but a 200 rendered by {@link Page#render}.
 *
 * <p>The in-memory caches a render reads that are not keyed by content (a learner's released feedback,
 * kept up to 5 s for changes on other instances) are told when a learner's version moves, so a page
 * rendered after another instance's change never holds that cache's older answer.
 */
public final class LearnerPages {
    /** About 150 notebooks or 1,000 assignment pages; the heap is 96 MB. */
    private static final long MAX_BYTES = 12L * 1024 * 1024;
    private static final long MINUTE_MS = 60_000;

    private final Access access;
    private final Clock clock;
    private final Supplier<?> course;
    private final Cache<Key, Kept> kept;
    /** The own version each learner was last seen with, and the 'all' version: a move tells the caches below. */
    private final Cache<String, Long> seenOwn = Caffeine.newBuilder().maximumSize(50_000).build();
    private volatile long seenAll = -1;
    private volatile Consumer<String> learnerChanged = id -> { };
    private volatile Runnable everyoneChanged = () -> { };

    /** {@code course}: the course as loaded now; a new object after a reload. */
    public LearnerPages(Access access, Clock clock, Supplier<?> course) {
        this.access = access;
        this.clock = clock;
        this.course = course;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher((Key key, Kept page) -> page.html().length + page.gzipped().length + 200)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    /**
     * Whom to tell when a learner's data (or everyone's) moved on in the database: caches that are
     * invalidated by this instance's events but would miss another instance's change for a while.
     */
    public void onChange(Consumer<String> learner, Runnable everyone) {
        this.learnerChanged = learner;
        this.everyoneChanged = everyone;
    }

    /** The route's handler, with its page kept for signed-in learners as described above. */
    public Handler cached(Handler page) {
        return ctx -> {
            CurrentUser user = ctx.method() == HandlerType.GET && !Flash.pending(ctx) ? access.user(ctx).orElse(null) : null;
            if (user == null || user.isStaff()) {
                page.handle(ctx);
                return;
            }
            notice(user);
            long now = clock.millis();
            Key key = new Key(user, ctx.path(), ctx.queryString(), LocalDate.now(clock), course.get());
            Kept found = kept.getIfPresent(key);
            if (found != null && now < found.until()) {
                if (Page.acceptsGzip(ctx)) Page.sendGzipped(ctx, found.gzipped());
                else Page.send(ctx, found.html());
                return;
            }
            Freshness.watch();
            page.handle(ctx);
            byte[] html = ctx.attribute(Page.RENDERED);
            if (html == null || ctx.status() != HttpStatus.OK || ctx.res().containsHeader("Set-Cookie")) return;
            long until = Freshness.usedTheMinute() ? (now / MINUTE_MS + 1) * MINUTE_MS : Long.MAX_VALUE;
            kept.put(key, new Kept(html, Page.gzip(html), until));
        };
    }

    /** How many pages are kept now (for tests and the bench). */
    public long size() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    private void notice(CurrentUser user) {
        CurrentUser.Versions versions = user.versions();
        if (versions.all() != seenAll) {
            seenAll = versions.all();
            everyoneChanged.run();
        }
        Long seen = seenOwn.getIfPresent(user.id());
        if (seen == null || seen != versions.own()) {
            seenOwn.put(user.id(), versions.own());
            learnerChanged.accept(user.id());
        }
    }

    /** The page as rendered and compressed once: most browsers take the gzip, which Javalin would otherwise make per request. */
    private record Kept(byte[] html, byte[] gzipped, long until) {
    }

    /** The course is compared by identity: a reloaded course is another object, and comparing two by value would walk every lesson. */
    private record Key(CurrentUser user, String path, String query, LocalDate today, Object course) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && course == k.course && path.equals(k.path) && Objects.equals(query, k.query)
                    && today.equals(k.today) && user.equals(k.user);
        }

        @Override
        public int hashCode() {
            // By hand, not Objects.hash: that builds an array on every request a kept page answers.
            int h = user.sessionHash().hashCode();
            h = 31 * h + user.versions().hashCode();
            h = 31 * h + path.hashCode();
            h = 31 * h + Objects.hashCode(query);
            h = 31 * h + today.hashCode();
            return 31 * h + System.identityHashCode(course);
        }
    }
}
