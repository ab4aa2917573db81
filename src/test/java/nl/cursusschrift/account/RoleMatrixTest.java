package nl.cursusschrift.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.App;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every route in the routes table, as every kind of visitor: the role check holds everywhere. */
class RoleMatrixTest {
    static TestApp app;
    static Map<Role, WebClient> actors;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        Accounts.user(app, Role.LEARNER, "leerling@example.nl", "Leerling", null);
        Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Docent", null);
        Accounts.user(app, Role.ADMIN, "admin@example.nl", "Admin", null);
        WebClient visitor = app.client();
        visitor.get("/inloggen");
        actors = Map.of(
                Role.ANYONE, visitor,
                Role.LEARNER, Accounts.login(app, "leerling@example.nl"),
                Role.INSTRUCTOR, Accounts.login(app, "docent@example.nl"),
                Role.ADMIN, Accounts.login(app, "admin@example.nl"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static String concrete(String path) {
        return path.replace("{step}", "1").replaceAll("\\{[a-zA-Z]+}", "AAAAAAAAAAAAAAAAAAAAAA");
    }

    @Test
    void everyRouteDeclaresARole() {
        List<App.Route> routes = app.app.routes();
        assertTrue(routes.size() > 20, "routes: " + routes);
        for (App.Route route : routes) assertNotNull(route.role(), route.method() + " " + route.path() + " has no role");
    }

    @Test
    void everyRoute_asEveryActor_isAllowedExactlyWhenTheRoleSaysSo() {
        for (App.Route route : app.app.routes()) {
            if (route.path().equals("/uitloggen")) continue; // ends the actor's session; covered in AccountTest
            for (var actor : actors.entrySet()) {
                WebClient web = actor.getValue();
                String path = concrete(route.path());
                var res = route.method().equals("GET") ? web.get(path) : web.post(path);
                String what = actor.getKey() + " " + route.method() + " " + path + " -> " + res.status();
                assertTrue(res.status() < 500, what);
                boolean allowed = actor.getKey() == Role.ANYONE ? route.role() == Role.ANYONE : Role.valueOf(actor.getKey().name()).satisfies(route.role());
                if (allowed) {
                    assertNotEquals(403, res.status(), what);
                } else if (actor.getKey() == Role.ANYONE && route.method().equals("GET")) {
                    assertEquals(303, res.status(), what);
                    assertTrue(res.location().startsWith("/inloggen?next="), what);
                } else {
                    assertEquals(403, res.status(), what);
                }
            }
        }
    }
}
