-- Issue 14 part 4: a unit added to a running campaign, with the day and phase it joined (units of the rollout
-- have no row: they joined in PH-1). What it owed before that day is not its to do.
create table campaign_late_join (
  campaign_id bigint not null references campaign (id),
  unit_id bigint not null references unit (id),
  joined_on date not null,
  joined_phase varchar(10) not null,
  joined_by varchar(64),
  joined_at timestamp(6) with time zone not null,
  primary key (campaign_id, unit_id)
);

-- A unit withdrawn from a running campaign, with the office's reason: its open tasks ended, its records stay.
create table campaign_withdrawal (
  campaign_id bigint not null references campaign (id),
  unit_id bigint not null references unit (id),
  reason varchar(2000) not null,
  withdrawn_by varchar(64),
  withdrawn_at timestamp(6) with time zone not null,
  primary key (campaign_id, unit_id)
);
