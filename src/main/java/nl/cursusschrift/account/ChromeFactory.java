package nl.cursusschrift.account;

import io.javalin.http.Context;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import nl.cursusschrift.web.Chrome;
import nl.cursusschrift.web.Flash;

/** Builds the {@link Chrome} of a page from the request: who is signed in, their token, the flash. */
public final class ChromeFactory implements Chrome.Source {
    private final Supplier<String> courseTitle;
    private final Access access;
    private final Flash flash;
    private final ToIntFunction<CurrentUser> unread;
    private final String assetVersion;
    private final ToIntFunction<CurrentUser> waiting;

    /** {@code waiting}: how many submissions wait for this staff member's review. */
    public ChromeFactory(Supplier<String> courseTitle, Access access, Flash flash, ToIntFunction<CurrentUser> unread, String assetVersion,
                         ToIntFunction<CurrentUser> waiting) {
        this.courseTitle = courseTitle;
        this.access = access;
        this.flash = flash;
        this.unread = unread;
        this.assetVersion = assetVersion;
        this.waiting = waiting;
    }

    @Override
    public Chrome apply(Context ctx) {
        CurrentUser user = access.user(ctx).orElse(null);
        Chrome.Viewer viewer = user == null ? null : new Chrome.Viewer(user.id(), user.name(), user.role().stored());
        int unreadCount = user == null || user.isStaff() ? 0 : unread.applyAsInt(user);
        String[] token = new String[1];
        java.util.function.Supplier<String> csrf = () -> token[0] != null ? token[0] : (token[0] = access.csrfToken(ctx));
        int waitingCount = user != null && user.isStaff() ? waiting.applyAsInt(user) : 0;
        return new Chrome(courseTitle.get(), ctx.path(), viewer, csrf, flash.take(ctx), unreadCount, assetVersion, waitingCount);
    }

    @Override
    public Chrome outsideRequest() {
        return new Chrome(courseTitle.get(), "", null, () -> "", null, 0, assetVersion, 0);
    }
}
