// The functions through which the app writes in one statement on a team server (pgschema_p.h).
#include "storage/postgres/pgschema.h"
#include "storage/postgres/pgschema_p.h"

namespace sagstjek::pgschema {

// A case's review started in one statement (SqlReviewRepository::startAtOnce, the first key press on a fresh card):
// in the case's turn to start a review (the advisory lock the app's full path takes too), when the case has no review
// in the round yet, it inserts one in progress, marks the case list's status in progress (outside a round) and writes
// the start's audit record, whose entity is the new review. Else it writes nothing and returns NULL, and the app
// takes its full path. As the login: its grants and row-level security hold.
QString startReviewFunction()
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION sagstjek_start_review(
    p_case bigint, p_round bigint, p_template bigint, p_reviewer text, p_at text, p_uid text,
    p_user text, p_action text, p_entity text, p_before text, p_after text, p_reason text, p_record_uid text)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    review bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(%1, CAST(p_case & 2147483647 AS integer));
    -- (Read after the lock: a colleague's start that held it is committed and seen.)
    PERFORM FROM reviews WHERE case_id = p_case AND coalesce(round_id, 0) = p_round;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    INSERT INTO reviews (case_id, template_id, reviewer, status, started_at, updated_at, round_id, uid)
    VALUES (p_case, p_template, p_reviewer, 'in-progress', p_at, p_at, nullif(p_round, 0), p_uid)
    RETURNING id INTO review;
    IF p_round = 0 THEN
        UPDATE cases SET review_status = 'in-progress' WHERE id = p_case;
    END IF;
    INSERT INTO audit_log (user_name, action, entity, entity_id, case_id, before_json, after_json, reason, uid)
    VALUES (p_user, p_action, p_entity, review::text, p_case, p_before, p_after, p_reason, p_record_uid);
    RETURN review;
END
$$)")
        .arg(ReviewStartLock);
}

// One item's change as one statement (SqlReviewRepository::writeItemIfUnchanged, issue 11's key press): when the case's
// review in the round is still p_review and in progress, and the item's answer and defect are still what the app
// read (the answer's row digest, the defect's id and version; NULL: none), it writes the answer and the defect as
// told ('upsert', 'delete' or 'keep') and the audit record, whose trigger takes their states. Else it writes
// nothing and returns no row, and the app takes its full path. As the login: its grants and row-level security hold.
QString writeItemFunction()
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION sagstjek_write_item(
    p_case bigint, p_round bigint, p_review bigint, p_item text,
    p_seen_answer text, p_seen_defect bigint, p_seen_defect_version integer,
    p_answer_write text, p_answer text, p_note text, p_verdict text, p_explanation text, p_override text,
    p_answered_by text, p_answered_at text, p_answer_uid text,
    p_defect_write text, p_description text, p_severity text, p_owner text, p_due text, p_status text,
    p_created_by text, p_created_at text, p_updated_at text, p_defect_uid text,
    p_user text, p_action text, p_entity text, p_entity_id text, p_before text, p_after text, p_reason text,
    p_record_uid text)
RETURNS TABLE (answer_version integer, defect_id bigint, defect_version integer) LANGUAGE plpgsql AS $$
DECLARE
    item bigint;
    stored_answer text;
    stored_defect bigint;
    stored_defect_version integer;
BEGIN
    PERFORM FROM reviews WHERE id = p_review AND case_id = p_case AND coalesce(round_id, 0) = p_round
        AND status = 'in-progress' FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    -- (Read after the lock: each statement here sees what the colleague it waited for committed.)
    -- (One statement for the item, its answer and its defect: each one a plpgsql statement costs.)
    SELECT i.id, (%1), d.id, d.version INTO item, stored_answer, stored_defect, stored_defect_version
    FROM (SELECT) AS one LEFT JOIN items i ON i.key = p_item
        LEFT JOIN defects d ON d.review_id = p_review AND d.item_key = p_item;
    IF stored_answer IS DISTINCT FROM p_seen_answer OR stored_defect IS DISTINCT FROM p_seen_defect
       OR stored_defect_version IS DISTINCT FROM p_seen_defect_version THEN
        RETURN;
    END IF;
    IF p_answer_write = 'upsert' THEN
        IF item IS NULL THEN
            INSERT INTO items (key) VALUES (p_item) ON CONFLICT (key) DO NOTHING;
            SELECT id INTO item FROM items WHERE key = p_item;
        END IF;
        INSERT INTO answers (review_id, item_id, answer, note, computed_verdict, computed_explanation,
                             override_reason, answered_by, answered_at, uid)
        VALUES (p_review, item, p_answer, p_note, p_verdict, p_explanation,
                p_override, p_answered_by, p_answered_at, p_answer_uid)
        ON CONFLICT (review_id, item_id) DO UPDATE SET answer = excluded.answer, note = excluded.note,
            computed_verdict = excluded.computed_verdict, computed_explanation = excluded.computed_explanation,
            override_reason = excluded.override_reason, answered_by = excluded.answered_by,
            answered_at = excluded.answered_at, version = answers.version + 1
        RETURNING version INTO answer_version;
    ELSIF p_answer_write = 'delete' THEN
        DELETE FROM answers WHERE review_id = p_review AND item_id = item;
    END IF;
    IF p_defect_write = 'upsert' THEN
        INSERT INTO defects (review_id, case_id, item_key, description, severity, owner, due, status, created_by,
                             created_at, updated_at, uid)
        VALUES (p_review, p_case, p_item, p_description, p_severity, p_owner, p_due, p_status, p_created_by,
                p_created_at, p_updated_at, p_defect_uid)
        ON CONFLICT (review_id, item_key) DO UPDATE SET description = excluded.description,
            severity = excluded.severity, owner = excluded.owner, due = excluded.due, status = excluded.status,
            updated_at = excluded.updated_at, version = defects.version + 1
        RETURNING id, version INTO defect_id, defect_version;
    ELSIF p_defect_write = 'delete' THEN
        DELETE FROM defects WHERE review_id = p_review AND item_key = p_item;
    END IF;
    INSERT INTO audit_log (user_name, action, entity, entity_id, case_id, before_json, after_json, reason, uid)
    VALUES (p_user, p_action, p_entity, p_entity_id, p_case, p_before, p_after, p_reason, p_record_uid);
    RETURN NEXT;
END
$$)")
        .arg(rowDigestSelect(QStringLiteral("answers"), QStringLiteral("p_review"), QStringLiteral("p_item")));
}

// A unit of work's audit records, in order, one INSERT each (sqlaudittrail.cpp's writeOnServer): one round trip for
// all of them just before the COMMIT, so that the chain's head, which the first one locks, is held for the COMMIT's
// round trip only. As the login, like the INSERTs it stands for.
QString writeRecordsFunction()
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION sagstjek_write_records(p_records json) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 0 .. json_array_length(p_records) - 1 LOOP
        INSERT INTO audit_log (user_name, action, entity, entity_id, case_id, before_json, after_json, reason, state,
                               uid)
        SELECT user_name, action, entity, entity_id, case_id, before_json, after_json, reason, state, uid
        FROM json_populate_record(NULL::audit_log, p_records -> i);
    END LOOP;
END
$$)");
}

} // namespace sagstjek::pgschema
