-- The public agenda views are rendered once and kept in each instance's memory, keyed by a stamp
-- every request reads from here: the edition's latest release version (agenda_release) and this
-- counter of changes to the speakers' names the views print. Releases are immutable, so those two
-- numbers determine every view's content; an instance whose cached view has an older stamp renders
-- it anew, whichever instance made the change.
CREATE TABLE agenda_names_revision (
    edition   INT     PRIMARY KEY,
    revision  BIGINT  NOT NULL
);

CREATE FUNCTION bump_agenda_names_revision(changed_edition INT) RETURNS void LANGUAGE sql AS $$
    INSERT INTO agenda_names_revision (edition, revision) VALUES (changed_edition, 1)
    ON CONFLICT (edition) DO UPDATE SET revision = agenda_names_revision.revision + 1;
$$;

-- Triggers rather than application code, so that the bump is in the same transaction as the name's
-- change whatever writes it (the participants consumer, a fix made by hand, a test fixture).
-- Only changes that can alter a printed name bump it: a registration, a confirmation or a status
-- change without a new name (the common case during a registration peak) leaves the views cached.
CREATE FUNCTION participant_names_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- a new row is named in a view only if a session already lists it as a speaker, which the
        -- service never lets happen (speakers must be known first); checked all the same (GIN index)
        IF EXISTS (SELECT 1 FROM forum_session WHERE speaker_ids @> ARRAY[NEW.participant_id]) THEN
            PERFORM bump_agenda_names_revision(NEW.edition);
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM bump_agenda_names_revision(OLD.edition);
        RETURN NULL;
    END IF;
    PERFORM bump_agenda_names_revision(NEW.edition);
    IF OLD.edition <> NEW.edition THEN
        PERFORM bump_agenda_names_revision(OLD.edition);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER participant_inserted_names AFTER INSERT ON participant
    FOR EACH ROW WHEN (NEW.display_name IS NOT NULL) EXECUTE FUNCTION participant_names_changed();
CREATE TRIGGER participant_updated_names AFTER UPDATE ON participant
    FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.edition <> NEW.edition)
    EXECUTE FUNCTION participant_names_changed();
CREATE TRIGGER participant_deleted_names AFTER DELETE ON participant
    FOR EACH ROW WHEN (OLD.display_name IS NOT NULL) EXECUTE FUNCTION participant_names_changed();
