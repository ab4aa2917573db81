-- Issue 19. V7 is issue 17's (replies under shared answers); Flyway takes the versions in order either way.

-- "Ingelogd blijven": a remembered session lasts 30 days; any other ends with the browser (and on the server
-- after 24 hours idle or 14 days at most).
ALTER TABLE user_session ADD COLUMN remember INTEGER NOT NULL DEFAULT 0;
-- What the person sees in their list of sessions ("Firefox op Windows"), read from the User-Agent at login.
ALTER TABLE user_session ADD COLUMN device TEXT;
-- Set at login when the password no longer meets the rules: the account page then asks for a new one.
ALTER TABLE user_session ADD COLUMN password_outdated INTEGER NOT NULL DEFAULT 0;

-- A newer link for the same account replaces an unused older one.
ALTER TABLE password_reset ADD COLUMN replaced_at BIGINT;
