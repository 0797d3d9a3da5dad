-- Issue 14 part 3 (ORG-1, ORG-2): a campaign is proposed by the office (发起活动) and approved by the leadership
-- group before it starts. The launch process that carries the proposal, and the group's latest decision.
alter table campaign add column launch_process_instance_id varchar(64);
alter table campaign add column launch_decided_by varchar(64);
alter table campaign add column launch_decided_at timestamp(6) with time zone;
alter table campaign add column launch_opinion varchar(2000);
