package nl.cursusschrift.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replies under a shared answer: one level, in the sharer's cohort only, safe to show, gone with the share. */
class RepliesTest {
    TestApp app;
    WebClient anna, bram, cor, dirk, ix, iy;
    String shareId;
    final List<NotebookEvents.ReplyPosted> posted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        app = TestApp.start(TestClock.at("2026-11-23T09:00:00Z"));
        String x = Accounts.cohort(app, "Groep X", "GROEP-X", null);
        String y = Accounts.cohort(app, "Groep Y", "GROEP-Y", null);
        anna = learner("anna@example.nl", "Anna Deelt", x);
        bram = learner("bram@example.nl", "Bram Reageert", x);
        cor = learner("cor@example.nl", "Cor Anders", y);
        dirk = learner("dirk@example.nl", "Dirk Zonder", null);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "ix@example.nl", "Ilse X", null), x);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "iy@example.nl", "Ivo Y", null), y);
        ix = Accounts.login(app, "ix@example.nl");
        iy = Accounts.login(app, "iy@example.nl");
        anna.get("/opdracht/1");
        assertEquals(303, anna.post("/opdracht/1/inleveren", NotebookTest.stepOne("Een fietsenwinkel in Zwolle").toArray(String[]::new)).status());
        anna.get("/schrift");
        assertEquals(303, anna.post("/schrift/delen", "step", "1", "target", "").status());
        shareId = one("SELECT id FROM share");
        app.app.events().afterCommit(NotebookEvents.ReplyPosted.class, posted::add);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private WebClient learner(String email, String name, String cohort) {
        String id = Accounts.user(app, Role.LEARNER, email, name, cohort);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return Accounts.login(app, email);
    }


    private WebClient.Res reply(WebClient client, String text) {
        client.get("/les/1");
        return client.post("/reacties/" + shareId + "/reageren", "tekst", text);
    }

    private String one(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private int replies() {
        return Integer.parseInt(one("SELECT COUNT(*) FROM share_reply"));
    }

    @Test
    void aClassmateReplies_theSharerSeesItUnreadInTheNotebook_answersBack_andHavingSeenItIsAPost() {
        var res = reply(bram, "<script>alert('x')</script> Mooi, die fietsenwinkel!");
        assertEquals(303, res.status(), res.body());
        assertEquals("/les/1#antwoord-" + one("SELECT id FROM share_reply"), res.location(), "back at the reply itself");
        var lesson = bram.get("/les/1");
        var thread = lesson.doc().selectFirst("#reactie-" + shareId + " .replies");
        assertNotNull(thread);
        assertTrue(thread.text().contains("Bram Reageert"));
        assertTrue(thread.text().contains("23 november 2026 om 10:00"));
        assertTrue(thread.text().contains("<script>alert('x')</script> Mooi, die fietsenwinkel!"), "shown as text");
        assertFalse(lesson.body().contains("<script>alert"), "never as markup");
        assertEquals(1, posted.size());
        assertEquals(shareId, posted.get(0).shareId());
        assertEquals(Accounts.idOf(app, "anna@example.nl"), posted.get(0).shareOwnerId());
        assertEquals(1, posted.get(0).step());

        var notebook = anna.get("/schrift");
        assertTrue(notebook.text("#stap-1 .replies").contains("Mooi, die fietsenwinkel!"));
        assertTrue(notebook.text("#stap-1 .replies .badge").contains("nieuw"));
        assertTrue(notebook.text(".next-text").contains("Er is gereageerd op wat je deelde bij stap 1"));
        var markRead = notebook.doc().selectFirst("form[data-mark-read]");
        assertEquals(1, markRead.select("input[name=reactie]").size());
        assertTrue(anna.get("/schrift").text("#stap-1 .replies .badge").contains("nieuw"), "a GET marks nothing read");

        assertEquals(303, reply(anna, "Dank je, Bram!").status(), "the sharer answers in the same thread");
        List<String> form = new ArrayList<>();
        for (var input : markRead.select("input[type=hidden]")) form.addAll(List.of(input.attr("name"), input.val()));
        assertEquals(303, anna.postForm("/schrift/gelezen", form).status());
        var after = anna.get("/schrift");
        assertTrue(after.doc().select("#stap-1 .replies .badge").isEmpty(), "seen; her own reply never counted as new");
        assertEquals(2, after.doc().select("#stap-1 .reply").size());
        assertEquals(2, Integer.parseInt(one("SELECT COUNT(*) FROM share_reply WHERE read_at IS NOT NULL OR user_id = (SELECT id FROM app_user WHERE email = 'anna@example.nl')")));
    }

    @Test
    void emptyTooLongOtherCohortNoCohortOtherInstructorHiddenOrWithdrawn_areRefused_andNothingIsStored() {
        var empty = reply(bram, "   \n ");
        assertEquals(422, empty.status());
        assertTrue(empty.doc().title().startsWith("Fout: "));
        assertEquals("Schrijf eerst je reactie.", empty.text("#reageer-" + shareId + "-msg"));
        String tooLong = "lang ".repeat(2000) + "x";
        var big = reply(bram, tooLong);
        assertEquals(422, big.status());
        assertEquals(tooLong, big.doc().selectFirst("#reageer-" + shareId).text().strip().replace("\n", ""), "the text kept");
        assertTrue(big.text("#reageer-" + shareId + "-msg").startsWith("Hier passen hoogstens 10.000 tekens; nu zijn het er 10.001."));
        assertEquals(404, reply(cor, "Ik zit in een andere groep").status());
        assertEquals(404, reply(dirk, "Ik zit in geen groep").status());
        assertEquals(404, reply(iy, "Niet mijn groep").status());
        assertEquals(404, bram.post("/reacties/bestaat-niet/reageren", "tekst", "Hallo").status());
        assertEquals(0, replies());

        assertEquals(303, reply(ix, "Goed gedeeld, Anna.").status(), "the cohort's instructor may reply");
        assertEquals(1, replies());
        ix.get("/les/1");
        assertEquals(303, ix.post("/reacties/" + shareId + "/verbergen", "verberg", "1").status());
        assertEquals(404, reply(bram, "Nu verborgen").status(), "a hidden share takes no replies from learners");
        assertEquals(303, ix.post("/reacties/" + shareId + "/verbergen", "verberg", "0").status());
        anna.get("/schrift");
        assertEquals(303, anna.post("/schrift/delen/" + shareId + "/intrekken").status());
        assertEquals(0, replies(), "withdrawing the share removed its thread");
        assertEquals(404, reply(bram, "Te laat").status());
        assertEquals(0, replies());
    }

    @Test
    void theCohortsInstructorHidesAReply_learnersNoLongerSeeIt_anotherInstructorCannot() {
        assertEquals(303, reply(bram, "Een reactie die weg moet").status());
        String replyId = one("SELECT id FROM share_reply");
        String hide = "/reacties/" + shareId + "/antwoorden/" + replyId + "/verbergen";
        iy.get("/les/1");
        assertEquals(404, iy.post(hide, "verberg", "1").status());
        var staffView = ix.get("/les/1");
        assertNotNull(staffView.doc().selectFirst("form[action=\"" + hide + "\"]"), "the instructor gets a hide button per reply");
        assertEquals(303, ix.post(hide, "verberg", "1").status());
        assertFalse(cor.get("/les/1").body().contains("Een reactie die weg moet"));
        assertFalse(bram.get("/les/1").body().contains("Een reactie die weg moet"), "hidden from the cohort");
        assertFalse(anna.get("/schrift").body().contains("Een reactie die weg moet"));
        assertTrue(ix.get("/les/1").text("#antwoord-" + replyId).contains("verborgen"), "staff still see it, marked");
        assertEquals(303, ix.post(hide, "verberg", "0").status());
        assertTrue(bram.get("/les/1").body().contains("Een reactie die weg moet"));
    }
}
