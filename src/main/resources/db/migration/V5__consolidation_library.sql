-- PH-3 consolidation records (REC-2 for problems): the good-example library linked to accepted
-- evidence, standing rules made from good examples, problems tracked to closure by their own process.

alter table consolidation_record add column venue varchar(20);
alter table consolidation_record add column themes varchar(50);
alter table consolidation_record add column source_example_id bigint references consolidation_record (id);
alter table consolidation_record add column owner_group varchar(64);
alter table consolidation_record add column closing_note varchar(4000);
alter table consolidation_record add column closed_at timestamp(6) with time zone;
alter table consolidation_record add column closed_by varchar(64);
alter table consolidation_record add column process_instance_id varchar(64);
alter table consolidation_record add column escalated_at timestamp(6) with time zone;
alter table consolidation_record add column return_count integer default 0 not null;

-- A good example's accepted evidence (典型 chosen from accepted evidence).
create table consolidation_evidence (
  record_id bigint not null references consolidation_record (id),
  evidence_id bigint not null references evidence (id),
  primary key (record_id, evidence_id)
);
create index ix_consolidation_evidence on consolidation_evidence (evidence_id);

-- Files a problem's owner attaches to its rectification (整改情况).
alter table evidence add column consolidation_record_id bigint references consolidation_record (id);
create index ix_evidence_consolidation on evidence (consolidation_record_id);
