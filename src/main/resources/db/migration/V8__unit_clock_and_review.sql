-- Issue 11 (REC-2, ORG-2, REC-1, PH-3): lateness is the unit's; the office's review has its own clock.
-- deadline_at: the deadline the unit's clock runs against (its due date, moved by an approved extension or by
-- the grace period after a returned submission). awaiting_review_since: a submission is with the office.
alter table obligation add column deadline_at timestamp(6) with time zone;
update obligation set deadline_at = due_at;
alter table obligation alter column deadline_at set not null;
alter table obligation add column grace_until timestamp(6) with time zone;
alter table obligation add column lapsed boolean default false not null;
update obligation set lapsed = true where escalation_level > 0 or status = 'FULFILLED_LATE';
alter table obligation add column awaiting_review_since timestamp(6) with time zone;
alter table obligation add column submitted_on_time boolean;
alter table obligation add column review_due_at timestamp(6) with time zone;

alter table obligation_session add column on_time boolean;

-- The office's review settings, copied from the template when the campaign is defined.
alter table campaign add column review_days integer default 5 not null;
alter table campaign add column review_working_days boolean default true not null;
alter table campaign add column review_reminder_every_days integer default 2 not null;
alter table campaign add column grace_days integer default 5 not null;

-- ORG-2: the office's review of a checklist item is due then (null when nothing waits for it).
alter table checklist_progress add column review_due_at timestamp(6) with time zone;
