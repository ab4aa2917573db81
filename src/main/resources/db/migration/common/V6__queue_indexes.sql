-- The review queue: counts per step for staff who see everyone come from the first index alone;
-- an instructor's queue starts from their learners and finds each one's submissions in the second.
CREATE INDEX answer_state_step ON answer (state, step);
CREATE INDEX answer_user_state ON answer (user_id, state, submitted_at);
-- The newest submission, so the cohort overview knows in one lookup whether to compute again.
CREATE INDEX revision_submitted ON revision (submitted_at);
