package nl.cursusschrift.demo;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Demo accounts inserted in batches: many thousands in one statement round trip each. */
final class DemoUsers {
    private DemoUsers() {
    }

    static PreparedBatch batch(Handle h) {
        return h.prepareBatch("INSERT INTO app_user (id, email, name, password_hash, role, cohort_id, enrolled_on, start_date, all_open, created_at) "
                + "VALUES (:id, :email, :name, :hash, :role, :cohort, :enrolled, NULL, 0, :created)");
    }

    static void add(PreparedBatch batch, String id, String email, String name, String hash, String role, String cohort, LocalDate enrolled,
                                long created) {
        batch.bind("id", id).bind("email", email).bind("name", name).bind("hash", hash).bind("role", role).bind("cohort", cohort)
                .bind("enrolled", enrolled.toString()).bind("created", created).add();
    }
}
