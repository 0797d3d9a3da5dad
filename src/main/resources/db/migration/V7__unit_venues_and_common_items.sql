-- Issue 11, point 5 (FAM-1, ORG-3): a unit may serve more than one venue, and a checklist item may apply to
-- every participating unit. Existing units keep their venue (unit.venue stays the primary venue and no
-- additional venue is added); existing checklist items stay venue-only.

create table unit_additional_venue (
  unit_id bigint not null references unit (id),
  venue varchar(20) not null,
  constraint pk_unit_additional_venue primary key (unit_id, venue)
);

alter table checklist_item add column all_units boolean default false not null;
