-- The prize ceremony's winners were JSON kept as text; Hibernate now maps them as JSON, so the
-- column becomes jsonb. Every stored value was written by Jackson, hence valid JSON.
ALTER TABLE forum_session ALTER COLUMN prize_winners TYPE jsonb USING prize_winners::jsonb;
