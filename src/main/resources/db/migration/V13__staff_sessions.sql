-- Issue 11, finding 6: a counter that every change to what an account may do (disabled, another role, a reset, a new
-- password or second factor) raises. A session keeps the value it signed in with and ends on the first request that
-- finds another one, on whichever node it lives.
alter table staff_account add column session_version bigint not null default 0;

-- Issue 11, finding 9: a one-time password works for a limited time (recourse.staff.one-time-password-validity),
-- counted from when it was issued. Those already issued count from this migration.
alter table staff_account add column one_time_password_issued_at timestamp with time zone;
update staff_account set one_time_password_issued_at = current_timestamp where must_change_password = true;

-- failed_attempts and locked_until are no longer used: failures are counted per client in memory (SignInThrottle), so
-- that nobody can lock an account for everyone. They stay, unused, so that a node still running the previous version
-- during a rolling upgrade keeps working.
