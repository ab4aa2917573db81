package nl.cursusschrift.lms;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.web.Page;
import nl.cursusschrift.web.PublicAddress;
import nl.cursusschrift.web.SecurityHeaders;

/** /lti/lessen-kiezen/{id}: after a deep-linking launch the instructor picks the steps to place in the platform's course. */
public final class DeepLinkController {
    private final DeepLinks deepLinks;
    private final Platforms platforms;
    private final Supplier<Course> course;
    private final FrameOrigins frames;
    private final PublicAddress address;

    public DeepLinkController(DeepLinks deepLinks, Platforms platforms, Supplier<Course> course, FrameOrigins frames, PublicAddress address) {
        this.deepLinks = deepLinks;
        this.platforms = platforms;
        this.course = course;
        this.frames = frames;
        this.address = address;
    }

    public void show(Context ctx) {
        DeepLinks.Request request = request(ctx);
        render(ctx, 200, request, List.of(), null);
    }

    public void choose(Context ctx) {
        DeepLinks.Request request = request(ctx);
        Course current = course.get();
        List<Integer> steps = new ArrayList<>();
        for (String value : ctx.formParams("stap")) {
            try {
                int step = Integer.parseInt(value);
                if (current.lesson(step).isPresent() && !steps.contains(step)) steps.add(step);
            } catch (NumberFormatException e) {
                // not a step: ignored, the check below says what to do
            }
        }
        if (steps.isEmpty() || (!request.multiple() && steps.size() > 1)) {
            render(ctx, 422, request, steps, request.multiple() ? "Kies minstens één les." : "Kies precies één les; dit platform neemt er één tegelijk aan.");
            return;
        }
        Platform platform = platforms.byId(request.platformId()).orElseThrow(NotFoundResponse::new);
        List<Lesson> lessons = steps.stream().sorted().map(s -> current.lesson(s).orElseThrow()).toList();
        DeepLinks.Response response = deepLinks.respond(request, platform, lessons, address.require(ctx)).orElseThrow(NotFoundResponse::new);
        // The browser posts the signed answer to the platform: form-action has to allow that one origin here.
        SecurityHeaders.allowFormPostTo(ctx, FrameOrigins.origin(response.returnUrl()), frames.originsOf(ctx).orElse(null));
        Page.render(ctx, "lms/deep-link-post.jte", new LtiPages.Post(response.returnUrl(), response.jwt(), lessons.size()));
    }

    private DeepLinks.Request request(Context ctx) {
        return deepLinks.pending(ctx.pathParam("id"), Access.current(ctx).id()).orElseThrow(NotFoundResponse::new);
    }

    private void render(Context ctx, int status, DeepLinks.Request request, List<Integer> checked, String error) {
        var choices = course.get().lessons().stream().map(l -> new LtiPages.Choice(l.step(), l.title(), checked.contains(l.step()))).toList();
        ctx.status(status);
        Page.render(ctx, "lms/deep-link.jte", new LtiPages.Pick(request.id(), request.multiple(), choices, error));
    }
}
