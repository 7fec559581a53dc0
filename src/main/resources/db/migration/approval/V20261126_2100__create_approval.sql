CREATE SCHEMA approval;
GRANT USAGE ON SCHEMA approval TO houqin_app;

-- Who approves which document: per school and document type, chosen by amount range and category, first by
-- priority. An amount range is [min_amount, max_amount): 领用 below 500 元 one step, from 500 元 two.
CREATE TABLE approval.rule (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id     bigint        NOT NULL REFERENCES organization.school (id),
  document_type varchar(16)   NOT NULL,
  name          varchar(60)   NOT NULL,
  min_amount    numeric(14,2) CHECK (min_amount >= 0),
  max_amount    numeric(14,2) CHECK (max_amount > 0),
  category      varchar(32),
  priority      int           NOT NULL DEFAULT 100,
  active        boolean       NOT NULL DEFAULT true,
  version       int           NOT NULL DEFAULT 0,
  CONSTRAINT rule_range CHECK (min_amount IS NULL OR max_amount IS NULL OR min_amount < max_amount)
);
CREATE INDEX rule_lookup_idx ON approval.rule (school_id, document_type, priority);

-- The ordered steps of a rule: a role (optionally only its holders in the submitter's department) or a named person.
CREATE TABLE approval.rule_step (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint      NOT NULL REFERENCES organization.school (id),
  rule_id         bigint      NOT NULL REFERENCES approval.rule (id) ON DELETE CASCADE,
  position        int         NOT NULL CHECK (position > 0),
  role_code       varchar(32),
  same_department boolean     NOT NULL DEFAULT false,
  user_id         bigint      REFERENCES iam.app_user (id),
  CONSTRAINT rule_step_position UNIQUE (rule_id, position),
  CONSTRAINT rule_step_who CHECK ((role_code IS NULL) <> (user_id IS NULL))
);

-- One submission of a document for approval; a document returned for changes is submitted again as a new one.
CREATE TABLE approval.request (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id         bigint        NOT NULL REFERENCES organization.school (id),
  document_type     varchar(16)   NOT NULL,
  document_id       bigint        NOT NULL,
  document_number   varchar(20),
  title             varchar(120)  NOT NULL,
  amount            numeric(14,2),
  category          varchar(32),
  department_id     bigint        REFERENCES organization.department (id),
  submitter_user_id bigint        NOT NULL REFERENCES iam.app_user (id),
  rule_id           bigint        REFERENCES approval.rule (id),
  status            varchar(16)   NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'RETURNED', 'WITHDRAWN')),
  current_position  int,
  submitted_at      timestamptz   NOT NULL,
  decided_at        timestamptz,
  version           int           NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX request_one_pending ON approval.request (school_id, document_type, document_id) WHERE status = 'PENDING';
CREATE INDEX request_document_idx ON approval.request (document_type, document_id, submitted_at);
CREATE INDEX request_pending_idx ON approval.request (school_id, status, submitted_at) WHERE status = 'PENDING';

-- The steps of a submission, copied from its rule when submitted, with each decision: the document's history.
CREATE TABLE approval.step (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id        bigint       NOT NULL REFERENCES organization.school (id),
  request_id       bigint       NOT NULL REFERENCES approval.request (id),
  position         int          NOT NULL,
  role_code        varchar(32),
  same_department  boolean      NOT NULL DEFAULT false,
  user_id          bigint       REFERENCES iam.app_user (id),
  status           varchar(16)  NOT NULL CHECK (status IN ('WAITING', 'APPROVED', 'REJECTED', 'RETURNED', 'CANCELLED')),
  decided_by       bigint       REFERENCES iam.app_user (id),
  decided_for      bigint       REFERENCES iam.app_user (id),
  decided_at       timestamptz,
  comment          varchar(500),
  CONSTRAINT step_position UNIQUE (request_id, position)
);

-- 代理审批: while away, someone else decides in one's place.
CREATE TABLE approval.delegation (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id    bigint  NOT NULL REFERENCES organization.school (id),
  from_user_id bigint  NOT NULL REFERENCES iam.app_user (id),
  to_user_id   bigint  NOT NULL REFERENCES iam.app_user (id),
  starts_on    date    NOT NULL,
  ends_on      date    NOT NULL,
  active       boolean NOT NULL DEFAULT true,
  CONSTRAINT delegation_dates CHECK (starts_on <= ends_on),
  CONSTRAINT delegation_not_self CHECK (from_user_id <> to_user_id)
);
CREATE INDEX delegation_to_idx ON approval.delegation (to_user_id, starts_on, ends_on) WHERE active;

GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA approval TO houqin_app;
GRANT DELETE ON approval.rule_step TO houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['rule', 'rule_step', 'request', 'step', 'delegation'] LOOP
    EXECUTE format('ALTER TABLE approval.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON approval.%I
                      USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id))', t);
  END LOOP;
END
$$;
