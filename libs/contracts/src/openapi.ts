/**
 * Generated from the API's OpenAPI document by `npm run api:types`: do not edit by hand.
 * test/openapi-types.e2e-spec.ts fails when this file differs from what the running API serves.
 */
export interface paths {
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (no dependency is checked; restart it only when this fails) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: PostgreSQL, the job queue and (embedded server) the data disk; whether the user cache listens
         * @description 200 when this replica can serve; 503 while a dependency fails or the process is shutting down (take it out of rotation).
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database reachability
         * @description 200 when PostgreSQL answers, 503 when it does not.
         */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password
         * @description After 5 failures of one account from one address, each further try from there waits a doubling delay (429 with Retry-After); other addresses are not delayed. 100 failures per address per 15 minutes, then 429. For a user with two-factor sign-in the answer is an MFA challenge (no tokens): send it with a code to POST /api/auth/login/mfa. Browsers: the answer also sets the refresh token as an httpOnly, SameSite=Strict cookie on /api/auth; requests from a page must come from this origin or a CORS_ORIGIN (else 403 CSRF_ORIGIN_REFUSED).
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new pair (single use, rotating)
         * @description The token in the body (refreshToken) or, from a browser, the session cookie; neither is 400 REFRESH_TOKEN_REQUIRED. Browsers: the answer also sets the refresh token as an httpOnly, SameSite=Strict cookie on /api/auth; requests from a page must come from this origin or a CORS_ORIGIN (else 403 CSRF_ORIGIN_REFUSED).
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: end the session of this refresh token (its access tokens stop working at once)
         * @description The token in the body or the session cookie (which the answer clears); neither is 400 REFRESH_TOKEN_REQUIRED. Cross-origin pages get 403 CSRF_ORIGIN_REFUSED.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user: role, State, language, two-factor status and the permissions of the role */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your own interface language and/or display name
         * @description Allowed while a password change or MFA enrolment is pending, so the language can be chosen first. Audited as user.self_updated.
         */
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/api/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Throttled like sign-in. Revokes your other sessions; refresh once to continue this one.
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your live sessions (device, address, last use), the current one marked */
        get: operations["AuthController_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of your sessions */
        delete: operations["AuthController_revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/set-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose your password with the single-use link of an invitation or a reset
         * @description Ends every session of the account; then sign in. An unknown, used or expired link is 400 INVALID_ACCOUNT_LINK.
         */
        post: operations["AuthController_setPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password reset link by e-mail
         * @description Always 202, whether or not the address has an account; the link (single use, 30 minutes) goes only to the address.
         */
        post: operations["AuthController_forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["UsersController_list"];
        put?: never;
        /**
         * Create a user and invite them
         * @description The user gets a single-use link by e-mail (valid INVITATION_TTL_HOURS) to choose their own password; nobody else ever knows it.
         */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/bulk-invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a file of focal points to invite, writing nothing
         * @description A CSV (UTF-8; comma, semicolon or tab) or XLSX file (first sheet), ≤ 1 MB, ≤ 500 people: a header row naming the columns e-mail, name, state (ISO alpha-3 code or a name in any of the six UN languages) and optionally language (code or name; empty = en), then one row per person. Answers every row with its parsed values, its State and its problems (BULK_ROW_PROBLEMS codes, each with its column).
         */
        post: operations["UsersController_previewBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/bulk-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite every focal point of a file: all or nothing
         * @description The same file and checks as the preview. If any row has a problem: 422 BULK_INVITATION_INVALID with `rows` (those with problems) and `totals`, and nothing is written. Else every account (role focal_point) and its invitation are created in one transaction, audited like single invitations, and the invitations mailed after the commit.
         */
        post: operations["UsersController_inviteBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change name, role, State or active flag
         * @description The last active admin cannot be demoted or deactivated (409).
         */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a password: the old one stops working, the user is signed out everywhere and gets a new invitation link */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/revoke-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of a user (their access tokens are refused from the next request) */
        post: operations["UsersController_revokeSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first (append-only), with each actor’s e-mail and name */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail as CSV (same filters as the list), newest first
         * @description UTF-8 with a BOM, a header row, CRLF line ends; changes and metadata as JSON cells. At most 50000 rows: X-Total-Count says how many matched, X-Export-Truncated: true when that is more. The export itself is audited (audit.exported).
         */
        get: operations["AuditController_exportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UN Member States, observer States and the EU (code EUU) */
        get: operations["StatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/states/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One State, with the sessions it attended */
        get: operations["StatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a State's status under the Protocol */
        patch: operations["StatesController_update"];
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings of the Working Group, in order */
        get: operations["SessionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting, with its sections, documents and attendance */
        get: operations["SessionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a meeting’s report symbol, venue or title
         * @description A new report symbol rewrites the reference of every recommendation of the meeting ("WG.4 meeting 5, para. 5" → "<symbol>, para. 5"). Absent fields are kept, null clears the symbol or the venue. Audited (session.updated). Sessions carry no version: the last correction wins. 409 REPORT_SYMBOL_TAKEN when another meeting has the symbol.
         */
        patch: operations["SessionsController_update"];
        trace?: never;
    };
    "/api/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Adopted recommendations (top level, sub-items nested), filtered, searched and paged */
        get: operations["RecommendationsController_list"];
        put?: never;
        /** Add a recommendation by hand (normally they come from an import) */
        post: operations["RecommendationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recommendations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recommendation with its sub-items, revisions and links */
        get: operations["RecommendationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit text, classification or themes; the previous state becomes a revision */
        patch: operations["RecommendationsController_update"];
        trace?: never;
    };
    "/api/recommendations/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link: this recommendation reiterates / builds on / supersedes another */
        post: operations["RecommendationsController_addLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recommendations/{id}/links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a link */
        delete: operations["RecommendationsController_removeLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The theme taxonomy, with how many recommendations carry each theme */
        get: operations["ThemesController_list"];
        put?: never;
        /** Add a theme */
        post: operations["ThemesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The articles of the Trafficking in Persons Protocol and of the Convention, titled in ?lang=, with how many recommendations each has */
        get: operations["ArticlesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recommendations/{id}/articles/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Confirm or reject that a recommendation concerns an article (confirming one that was not suggested adds it) */
        put: operations["ArticlesController_decide"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a meeting report (text, PDF or Word .docx; any of the six UN languages) into the catalogue
         * @description dryRun=true (default) answers the import plan without touching the database. dryRun=false applies it: 201 when applied, 200 when the same file was already imported (nothing changes). A multipart file is read by its bytes: UTF-8 (or UTF-16 with BOM) text, PDF (text layer) or .docx; other files get 415 UNSUPPORTED_IMPORT and unreadable PDF/Word files 422 UNREADABLE_IMPORT, naming what was found. A text in which nothing of a report is found, or whose language cannot be told, is refused with 422 (IMPORT_NOTHING_FOUND, IMPORT_LANGUAGE_UNKNOWN). A language version of a report already in the record attaches its texts to the same recommendations (see `versions` in the plan). The dry run's `record` compares every paragraph with the record's current text in the document's language (new, changed, unchanged), read only.
         */
        post: operations["ImportsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reporting cycles, newest first */
        get: operations["CyclesController_list"];
        put?: never;
        /**
         * Plan a reporting cycle; its scope is frozen now
         * @description Default scope: every recommendation of final sessions that asks something of States.
         */
        post: operations["CyclesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/scope-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a cycle created with this scope would hold: the count of recommendations and the first few (nothing is written) */
        post: operations["CyclesController_scopePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reporting cycle */
        get: operations["CyclesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a cycle or move its dates (If-Match: the ETag of the cycle)
         * @description opensOn only while planned; closesOn while planned or open (then today or later — the late flags of submitted reports follow the new day); a closed cycle is reopened instead.
         */
        patch: operations["CyclesController_update"];
        trace?: never;
    };
    "/api/cycles/{id}/states/{code}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Give one State a later deadline, with the reason (or change it)
         * @description The State’s submissions up to that day are not late — those already made included (reports, summaries, rollups).
         */
        put: operations["CyclesController_putExtension"];
        post?: never;
        /** Take a State’s extended deadline back (the cycle’s closing day applies again) */
        delete: operations["CyclesController_deleteExtension"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a planned cycle (carries forward each State’s last accepted reports as drafts) */
        post: operations["CyclesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an open cycle (no more writes) */
        post: operations["CyclesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a closed cycle again until a new closing day (today or later); focal points are told */
        post: operations["CyclesController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remind the focal points of the given States (default: those that have submitted nothing), each in its own language
         * @description A State reminded about this cycle less than REMINDER_MIN_INTERVAL_HOURS ago (default 72) is skipped and listed in `skipped`. The mails go through the outbox; audited as cycle.reminded.
         */
        post: operations["CyclesController_remind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/reminders/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The reminder as it would go out now, without sending: recipients, States skipped and why, the mail in each recipient language */
        post: operations["CyclesController_previewReminder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/states/{code}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A State’s questionnaire, paged: one row per in-scope recommendation ("not_started" = no information)
         * @description Each row carries the recommendation’s reference, text (in `lang`, else English, else its source language; `textLanguage` says which), section, session and, for a sub-item, its parent’s opening words.
         */
        get: operations["ReportsController_list"];
        /** Save many drafts in one transaction (all or nothing); answers the saved items’ rows as one page */
        put: operations["ReportsController_saveMany"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/states/{code}/reports/{recommendationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report, with its ETag; one not saved yet is an empty draft ("not_started", no ETag) */
        get: operations["ReportsController_get"];
        /** Save the draft: 201 the first time, then If-Match is required (428 without, 412 when stale) */
        put: operations["ReportsController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/states/{code}/reports/{recommendationId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit (freezes a version; submitting twice changes nothing) */
        post: operations["ReportsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/states/{code}/reports/{recommendationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a submitted, not yet reviewed report back to draft */
        post: operations["ReportsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submitted and under-review reports, oldest first, each with its files and what it is about */
        get: operations["ReportsController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start review, accept, or return (a comment is required to return) */
        post: operations["ReportsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every submitted version with its content, and every review and comment */
        get: operations["ReportsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a report */
        post: operations["ReportsController_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/states/{code}/reports/{recommendationId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach an evidence file (PDF, DOCX, XLSX or image, ≤ 10 MB, type checked by content; per-report and per-State quotas: 413) */
        post: operations["ReportsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file (always as an attachment) */
        get: operations["ReportsController_download"];
        put?: never;
        post?: never;
        /** Remove an evidence file from a draft (kept for the versions that cite it, deleted otherwise) */
        delete: operations["ReportsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/states/{code}/questionnaire.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The questionnaire as an XLSX workbook to fill offline
         * @description One row per in-scope recommendation: reference, text and current answer in `lang`, drop-down lists for status, assistance needed and type, measures and evidence links as read-only text, and hidden sealed columns (recommendation, report version) that the upload checks.
         */
        get: operations["QuestionnaireWorkbookController_workbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/states/{code}/questionnaire.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The questionnaire as a printable PDF form (current answers and boxes to write in) */
        get: operations["QuestionnaireWorkbookController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/states/{code}/questionnaire.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The questionnaire as a printable Word form (current answers and space to write in) */
        get: operations["QuestionnaireWorkbookController_docx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/states/{code}/questionnaire/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a filled workbook would change, row by row (nothing is written)
         * @description Each row: "change" (which fields, old → new), "unchanged", "invalid" (each cell with a WORKBOOK_CELL_PROBLEMS code) or "conflict" (saved online since the download). A file that is not an XLSX workbook is 415; not ours, another questionnaire, sheets or columns changed, or more rows than the questionnaire: 422.
         */
        post: operations["QuestionnaireWorkbookController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{id}/states/{code}/questionnaire/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a filled workbook: all its changes in one transaction, or none
         * @description The same checks as the preview; any invalid row refuses the whole workbook (422 WORKBOOK_INVALID with `rows`), any conflict too (412 WORKBOOK_CONFLICT with `rows`). Each changed row is saved with If-Match of its version column.
         */
        post: operations["QuestionnaireWorkbookController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read */
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: operations["NotificationsController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/summaries/cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cycle overview: response rate, status distribution by regional group, session and theme, assistance asked (?article= narrows its scope to one article’s recommendations) */
        get: operations["SummariesController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/summaries/cycles/{id}/states/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One State’s profile in a cycle (a focal point: its own State only) */
        get: operations["SummariesController_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/summaries/cycles/{id}/recommendations/{recommendationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recommendation across States: who reported what */
        get: operations["SummariesController_recommendation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/summaries/cycles/{id}/non-reporting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Expected States with nothing accepted yet, and whether a submission of theirs awaits review */
        get: operations["SummariesController_nonReporting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/summaries/cycles/{id}/session-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The session document "Implementation of the recommendations adopted by the Working Group" for a cycle and an asOf
         * @description An editable Word document (?format=pdf|md also) in ?lang=: numbered paragraphs, chapters by session and by theme, tables of figures and an annex of the States that reported, from the cycle’s figures as they stood at ?asOf= (default now). Served from a cache while nothing it depends on changed; 429 TOO_MANY_RENDERS beyond the per-user render limit.
         */
        get: operations["SummariesController_sessionDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/summaries/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The headline figures across cycles, optionally for one recommendation, State or theme */
        get: operations["SummariesController_trends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compilation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The index and compilation of all adopted recommendations, by session and section or by theme
         * @description JSON, or a document: ?format=md|pdf|xlsx|docx (attachment), in ?lang= (frame and texts). A document is served from a cache while the catalogue is unchanged; at most DOCUMENT_RENDERS_PER_USER (2) renders per user at a time, else 429 TOO_MANY_RENDERS.
         */
        get: operations["CompilationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your two-factor sign-in: set up, required for your role, recovery codes left */
        get: operations["MfaController_status"];
        put?: never;
        post?: never;
        /**
         * Turn off two-factor sign-in (needs a code)
         * @description 403 MFA_REQUIRED for roles in MFA_REQUIRED_ROLES.
         */
        delete: operations["MfaController_disable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up two-factor sign-in
         * @description Returns a new TOTP secret as an otpauth:// URI, a QR code and base32 text. Nothing changes until confirmed.
         */
        post: operations["MfaController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/enrol/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the set-up with a first code; returns 10 single-use recovery codes (shown once) */
        post: operations["MfaController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace your recovery codes (needs a current code); the old ones stop working */
        post: operations["MfaController_regenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Second step of sign-in: the challenge token and a TOTP or recovery code
         * @description The challenge is single use, valid 5 minutes, dead after 5 wrong codes; wrong codes count against the account like wrong passwords. Like login, sets the httpOnly session cookie; cross-origin pages get 403 CSRF_ORIGIN_REFUSED.
         */
        post: operations["MfaController_loginMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/mfa/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a user's second factor and sign them out everywhere
         * @description Audited; the user is told by e-mail and must enrol again if their role requires it. Not for your own account (403).
         */
        post: operations["MfaController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs (e-mails, reminder runs) that failed after their last retry, newest first */
        get: operations["JobsController_failed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Puts a failed job back in its queue (its retries start again) */
        post: operations["JobsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemFieldErrorDto: {
            /** @example email */
            field: string;
            /** @example email must be an email */
            message: string;
            /**
             * @description The rule that failed (a validator name such as isEmail, isLength, isIn): clients word the message in their language from it.
             * @example isEmail
             */
            rule?: string;
        };
        ProblemDto: {
            /** @example urn:wg4:problem:validation-failed */
            type: string;
            /** @example Bad Request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example The request is not valid. */
            detail: string;
            /** @example VALIDATION_FAILED */
            code?: string;
            /** @example /api/users */
            instance?: string;
            /** @example 5f0c6b5e-2a8e-4bb5-a5a1-0f3c1c1f8c53 */
            requestId?: string;
            errors?: components["schemas"]["ProblemFieldErrorDto"][];
        };
        SessionUserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "secretariat" | "focal_point";
            stateCode: string | null;
            mustChangePassword: boolean;
            /** @enum {string} */
            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
        };
        TokenPairDto: {
            /** @description JWT (HS256), valid 15 minutes; send as `Authorization: Bearer`. */
            accessToken: string;
            /** @description Opaque, single use; exchange at /api/auth/refresh. Also set as the httpOnly session cookie for browsers. */
            refreshToken: string;
            /** @example 900 */
            expiresIn: number;
            /**
             * Format: date-time
             * @description The session ends then, however often it is refreshed.
             */
            sessionExpiresAt: string;
            /**
             * Format: date-time
             * @description This refresh token (and the session cookie carrying it) expires then, never after sessionExpiresAt.
             */
            refreshExpiresAt: string;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["SessionUserDto"];
        };
        MfaChallengeDto: {
            /**
             * @description The password was right; send a code to POST /api/auth/login/mfa.
             * @enum {boolean}
             */
            mfaRequired: true;
            /** @description Opaque, single use; at most 5 wrong codes. */
            challengeToken: string;
            /**
             * @description Seconds until the challenge expires.
             * @example 300
             */
            expiresIn: number;
        };
        LoginDto: {
            /** @example focal.point@example.org */
            email: string;
            /** @example correct horse battery */
            password: string;
        };
        RefreshTokenDto: {
            /** @description The opaque refresh token from login or the previous refresh. Optional when the session cookie is sent; the body wins when both are. */
            refreshToken?: string;
        };
        MeDto: {
            /** Format: uuid */
            id: string;
            /** @example focal.point@example.org */
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "secretariat" | "focal_point";
            /**
             * @description ISO 3166-1 alpha-3; focal points only
             * @example KEN
             */
            stateCode: string | null;
            active: boolean;
            mustChangePassword: boolean;
            /** @description False until the user has chosen a password through their invitation link. */
            hasPassword: boolean;
            /** @enum {string} */
            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            /** @description Two-factor sign-in is set up. */
            mfaEnabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            /** @description The permissions of the user’s role (ROLE_PERMISSIONS) */
            permissions: ("account:self" | "users:manage" | "audit:read" | "catalogue:read" | "catalogue:write" | "cycles:read" | "cycles:manage" | "reports:read" | "reports:write" | "reports:review" | "reports:comment" | "summaries:read" | "summaries:states" | "jobs:manage")[];
        };
        UpdateMeDto: {
            /**
             * @description Interface language, remembered on the account.
             * @enum {string}
             */
            language?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            name?: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        SignInSessionDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @example 192.0.2.10 */
            ip: string | null;
            userAgent: string | null;
            /** @description The session of this request. */
            current: boolean;
        };
        SetPasswordDto: {
            /** @description The token from the invitation or reset link (after `#token=`). */
            token: string;
            password: string;
        };
        PasswordSetDto: {
            /** @description The account whose password was set; sign in with it. */
            email: string;
        };
        ForgotPasswordDto: {
            /** @example focal.point@example.org */
            email: string;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            /** @example focal.point@example.org */
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "secretariat" | "focal_point";
            /**
             * @description ISO 3166-1 alpha-3; focal points only
             * @example KEN
             */
            stateCode: string | null;
            active: boolean;
            mustChangePassword: boolean;
            /** @description False until the user has chosen a password through their invitation link. */
            hasPassword: boolean;
            /** @enum {string} */
            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            /** @description Two-factor sign-in is set up. */
            mfaEnabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            lastLoginAt: string | null;
        };
        CreateUserDto: {
            /** @example focal.point@example.org */
            email: string;
            /** @example Amina Diallo */
            name: string;
            /** @enum {string} */
            role: "admin" | "secretariat" | "focal_point";
            /**
             * @description Required for focal points, forbidden otherwise (ISO 3166-1 alpha-3).
             * @example KEN
             */
            stateCode?: string;
            /**
             * @description Interface language (the invitation is sent then).
             * @default en
             * @enum {string}
             */
            language?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
        };
        InvitationReceiptDto: {
            /** @example focal.point@example.org */
            sentTo: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description True: the mail is in the outbox, sent (with retries) by a worker; a mail that still fails after the last retry is listed at GET /api/jobs/failed. */
            delivered: boolean;
        };
        InvitedUserDto: {
            /** Format: uuid */
            id: string;
            /** @example focal.point@example.org */
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "secretariat" | "focal_point";
            /**
             * @description ISO 3166-1 alpha-3; focal points only
             * @example KEN
             */
            stateCode: string | null;
            active: boolean;
            mustChangePassword: boolean;
            /** @description False until the user has chosen a password through their invitation link. */
            hasPassword: boolean;
            /** @enum {string} */
            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            /** @description Two-factor sign-in is set up. */
            mfaEnabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            /** @description The invitation link went to the user by e-mail; it is never shown here. */
            invitation: components["schemas"]["InvitationReceiptDto"];
        };
        BulkTotalsDto: {
            /** @description People in the file */
            rows: number;
            /** @description Rows without a problem */
            valid: number;
            withProblems: number;
            /** @description Problems over all rows */
            problems: number;
        };
        BulkRowInputDto: {
            email: string;
            name: string;
            state: string;
            language: string;
        };
        BulkRowStateDto: {
            /** @example KEN */
            code: string;
            /**
             * @description The State’s name in each language
             * @example {
             *       "en": "Kenya",
             *       "fr": "Kenya"
             *     }
             */
            names: {
                [key: string]: string;
            };
        };
        BulkRowProblemDto: {
            /**
             * @description BULK_ROW_PROBLEMS in libs/contracts
             * @enum {string}
             */
            code: "BULK_EMAIL_MISSING" | "BULK_EMAIL_INVALID" | "BULK_EMAIL_DUPLICATE_IN_FILE" | "BULK_EMAIL_TAKEN" | "BULK_NAME_MISSING" | "BULK_NAME_TOO_LONG" | "BULK_STATE_MISSING" | "BULK_STATE_UNKNOWN" | "BULK_STATE_AMBIGUOUS" | "BULK_LANGUAGE_UNKNOWN";
            /** @enum {string} */
            field: "email" | "name" | "state" | "language";
            message: string;
        };
        BulkRowDto: {
            /** @description The row’s number in the file (1-based, as a spreadsheet shows it) */
            row: number;
            /** @description The cells as read (trimmed) */
            input: components["schemas"]["BulkRowInputDto"];
            /** @description The e-mail as it will be stored (lower case); null when missing or invalid */
            email: string | null;
            name: string | null;
            /** @description The State the cell names (by code or by a name in any language) */
            state: components["schemas"]["BulkRowStateDto"] | null;
            /**
             * @description Interface language (en when the cell is empty)
             * @enum {string|null}
             */
            language: "ar" | "zh" | "en" | "fr" | "ru" | "es" | null;
            problems: components["schemas"]["BulkRowProblemDto"][];
        };
        BulkPreviewDto: {
            /**
             * @description As detected from the content
             * @enum {string}
             */
            format: "csv" | "xlsx";
            /** @description No row has a problem: POST /api/users/bulk-invitations with the same file invites them all */
            ready: boolean;
            totals: components["schemas"]["BulkTotalsDto"];
            /** @description Every row, in file order */
            rows: components["schemas"]["BulkRowDto"][];
        };
        BulkInvitationResultDto: {
            /**
             * Format: uuid
             * @description Names this batch in the audit trail (metadata.bulkInvitation of each user.invited)
             */
            batch: string;
            totals: components["schemas"]["BulkTotalsDto"];
            /** @description The accounts created, in file order, each with where its invitation went */
            users: components["schemas"]["InvitedUserDto"][];
        };
        UpdateUserDto: {
            name?: string;
            /** @enum {string} */
            role?: "admin" | "secretariat" | "focal_point";
            /** @example KEN */
            stateCode?: string | null;
            active?: boolean;
            /** @enum {string} */
            language?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
        };
        RevokedSessionsDto: {
            /** @example 2 */
            revoked: number;
        };
        AuditEventDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            actorId: string | null;
            /** @description The actor’s e-mail now (null for anonymous events) */
            actorEmail: string | null;
            /** @description The actor’s name now */
            actorName: string | null;
            /** @description The actor’s role when acting */
            actorRole: string | null;
            /** @example user.updated */
            action: string;
            entity: string | null;
            entityId: string | null;
            /** @description The server’s own id of the request (also its X-Request-Id response header) */
            requestId: string | null;
            /** @description The X-Request-Id the client sent, if any (short printable ASCII), kept apart from requestId */
            clientRequestId: string | null;
            ip: string | null;
            /** @description { field: { from, to } }; null for report events, whose metadata.changedFields names the fields changed (never their values) */
            changes: {
                [key: string]: unknown;
            } | null;
            metadata: {
                [key: string]: unknown;
            } | null;
        };
        StateDto: {
            /** @example GBR */
            code: string;
            /**
             * @description The name in each of the six UN languages (ar, zh, en, fr, ru, es); see seeds/SOURCES.md
             * @example {
             *       "en": "United Kingdom of Great Britain and Northern Ireland",
             *       "zh": "大不列颠及北爱尔兰联合王国",
             *       "ar": "المملكة المتحدة",
             *       "fr": "Royaume-Uni",
             *       "ru": "Великобритания",
             *       "es": "Reino Unido"
             *     }
             */
            names: {
                [key: string]: string;
            };
            /**
             * @description Other names by language code
             * @example {
             *       "zh": [
             *         "联合王国"
             *       ]
             *     }
             */
            aliases: {
                [key: string]: string[];
            };
            /** @enum {string} */
            kind: "member_state" | "observer_state" | "reio" | "other";
            /** @enum {string|null} */
            regionalGroup: "AFRICAN" | "ASIA_PACIFIC" | "EASTERN_EUROPEAN" | "LATIN_AMERICAN_CARIBBEAN" | "WEOG" | null;
            /** @enum {string} */
            protocolStatus: "party" | "signatory" | "non_party";
        };
        ProtocolStatusChangeDto: {
            /** @enum {string} */
            status: "party" | "signatory" | "non_party";
            /**
             * @description Null for the first entry kept
             * @enum {string|null}
             */
            previousStatus: "party" | "signatory" | "non_party" | null;
            /**
             * @description `treaty_list`: the UN Treaty Collection status list in seeds/protocol-parties.json (transcribed); `report`: a final report's attendance list (only for what the treaty list lacks; a draft never changes a status); `manual`: the secretariat
             * @enum {string}
             */
            source: "treaty_list" | "report" | "manual";
            /**
             * @description The list's URL, the report's file and symbol, or the request
             * @example https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en
             */
            sourceReference: string;
            /**
             * Format: date
             * @description The list's as-of date, or the first day of the meeting
             */
            sourceDate: string | null;
            /** @description The meeting whose report is the source */
            session: number | null;
            /** @example ratification 2004-05-10 */
            note: string;
            /** Format: uuid */
            changedBy: string | null;
            /** Format: date-time */
            recordedAt: string;
        };
        StateAttendanceDto: {
            session: number;
            /** Format: date */
            startDate: string | null;
            name: string;
            category: string;
        };
        StateDetailDto: {
            /** @example GBR */
            code: string;
            /**
             * @description The name in each of the six UN languages (ar, zh, en, fr, ru, es); see seeds/SOURCES.md
             * @example {
             *       "en": "United Kingdom of Great Britain and Northern Ireland",
             *       "zh": "大不列颠及北爱尔兰联合王国",
             *       "ar": "المملكة المتحدة",
             *       "fr": "Royaume-Uni",
             *       "ru": "Великобритания",
             *       "es": "Reino Unido"
             *     }
             */
            names: {
                [key: string]: string;
            };
            /**
             * @description Other names by language code
             * @example {
             *       "zh": [
             *         "联合王国"
             *       ]
             *     }
             */
            aliases: {
                [key: string]: string[];
            };
            /** @enum {string} */
            kind: "member_state" | "observer_state" | "reio" | "other";
            /** @enum {string|null} */
            regionalGroup: "AFRICAN" | "ASIA_PACIFIC" | "EASTERN_EUROPEAN" | "LATIN_AMERICAN_CARIBBEAN" | "WEOG" | null;
            /** @enum {string} */
            protocolStatus: "party" | "signatory" | "non_party";
            /**
             * @description How the State became a party, per the UN Treaty Collection's list
             * @enum {string|null}
             */
            protocolAction: "ratification" | "accession" | "acceptance" | "approval" | "succession" | null;
            /**
             * Format: date
             * @description The date of that ratification, accession, acceptance, approval or succession
             */
            protocolActionDate: string | null;
            /** @description Where the current status comes from (the latest history entry) */
            protocolStatusSource: components["schemas"]["ProtocolStatusChangeDto"] | null;
            /** @description Newest first */
            protocolStatusHistory: components["schemas"]["ProtocolStatusChangeDto"][];
            attendance: components["schemas"]["StateAttendanceDto"][];
        };
        UpdateStateDto: {
            /** @enum {string} */
            protocolStatus: "party" | "signatory" | "non_party";
        };
        SessionDto: {
            /** Format: uuid */
            id: string;
            /** @example 4 */
            number: number;
            /** Format: date */
            startDate: string | null;
            /** Format: date */
            endDate: string | null;
            /** @example 维也纳 */
            venue: string | null;
            chair: string | null;
            format: string | null;
            /**
             * @description The status of the meeting's report; `unknown` when its report is not in the record (`reportImported` false)
             * @enum {string}
             */
            status: "draft" | "final" | "unknown";
            /** @example CTOC/COP/WG.4/2011/8 */
            reportSymbol: string | null;
            /**
             * @example {
             *       "zh": "2011 年 10 月 10 日至 12 日在维也纳举行的贩运人口问题工作组会议的报告"
             *     }
             */
            title: {
                [key: string]: string;
            };
            /** @description Recommendations including sub-items */
            recommendationCount: number;
            /** @description Whether this meeting's own report is in the record. False for a meeting known only from other documents (their lists of earlier meetings, document lists): its dates and venue come from them, and `status` says nothing about a report. */
            reportImported: boolean;
            /**
             * @description Languages of the imported versions of its report
             * @example [
             *       "en",
             *       "zh"
             *     ]
             */
            reportLanguages: string[];
        };
        SectionNodeDto: {
            /** Format: uuid */
            id: string;
            /** @example A.1 */
            key: string;
            heading: Record<string, never>;
            recommendationCount: number;
            sections: components["schemas"]["SectionNodeDto"][];
        };
        SessionDocumentDto: {
            /** @example CTOC/COP/WG.4/2011/1 */
            symbol: string;
            /** @example 2 */
            agendaItem: string | null;
            title: string;
        };
        AttendanceDto: {
            name: string;
            /** @enum {string} */
            category: "party" | "reio" | "signatory" | "observer_state" | "un_entity" | "igo" | "other_entity";
            /** @example KEN */
            stateCode: string | null;
        };
        SessionDetailDto: {
            /** Format: uuid */
            id: string;
            /** @example 4 */
            number: number;
            /** Format: date */
            startDate: string | null;
            /** Format: date */
            endDate: string | null;
            /** @example 维也纳 */
            venue: string | null;
            chair: string | null;
            format: string | null;
            /**
             * @description The status of the meeting's report; `unknown` when its report is not in the record (`reportImported` false)
             * @enum {string}
             */
            status: "draft" | "final" | "unknown";
            /** @example CTOC/COP/WG.4/2011/8 */
            reportSymbol: string | null;
            /**
             * @example {
             *       "zh": "2011 年 10 月 10 日至 12 日在维也纳举行的贩运人口问题工作组会议的报告"
             *     }
             */
            title: {
                [key: string]: string;
            };
            /** @description Recommendations including sub-items */
            recommendationCount: number;
            /** @description Whether this meeting's own report is in the record. False for a meeting known only from other documents (their lists of earlier meetings, document lists): its dates and venue come from them, and `status` says nothing about a report. */
            reportImported: boolean;
            /**
             * @description Languages of the imported versions of its report
             * @example [
             *       "en",
             *       "zh"
             *     ]
             */
            reportLanguages: string[];
            sections: components["schemas"]["SectionNodeDto"][];
            documents: components["schemas"]["SessionDocumentDto"][];
            attendance: components["schemas"]["AttendanceDto"][];
        };
        UpdateSessionDto: {
            /** @example CTOC/COP/WG.4/2013/2 */
            reportSymbol?: string | null;
            /** @example Vienna */
            venue?: string | null;
            /**
             * @description Titles to set, per language (other languages are kept)
             * @example {
             *       "en": "Report on the meeting of the Working Group on Trafficking in Persons"
             *     }
             */
            title?: {
                [key: string]: string;
            };
        };
        SectionRefDto: {
            /** Format: uuid */
            id: string;
            /** @example A.1 */
            key: string;
            /**
             * @example {
             *       "zh": "为切除器官的目的贩运人口"
             *     }
             */
            heading: Record<string, never>;
        };
        RecommendationDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Session (meeting) number
             * @example 4
             */
            session: number;
            section: components["schemas"]["SectionRefDto"] | null;
            /** @example 32 */
            number: string;
            /** @example (a) */
            label: string | null;
            /** @example CTOC/COP/WG.4/2011/8, para. 32 */
            reference: string;
            /**
             * @description Every text by language; with ?lang= only the one the text rule picks (that language, else English, else the source language)
             * @example {
             *       "zh": "缔约国应当……"
             *     }
             */
            text: {
                [key: string]: string;
            };
            /**
             * @description The language the text rule picks: ?lang= when that text exists, else English, else the source language
             * @enum {string|null}
             */
            textLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh" | null;
            addressee: ("states_parties" | "states" | "unodc" | "cop" | "working_group" | "un_entities" | "international_organizations" | "unspecified" | "other")[];
            /** @enum {string} */
            modality: "should" | "should_consider" | "may" | "encouraged" | "requested" | "other";
            /** @enum {string} */
            adoption: "adopted" | "endorsed" | "for_cop_consideration";
            isContainer: boolean;
            requiresStateReport: boolean;
            /**
             * @example [
             *       "organ_removal"
             *     ]
             */
            themes: string[];
            version: number;
            /** Format: date-time */
            updatedAt: string;
            children: components["schemas"]["RecommendationDto"][];
            /** @description Only with ?q=: the languages whose text matched here (the ?lang= text, the original text, or both); empty when only a sub-item matched */
            matchedIn?: ("ar" | "en" | "es" | "fr" | "ru" | "zh")[];
        };
        EditorialNoteDto: {
            /**
             * @description Why: the kind of change
             * @enum {string}
             */
            kind: "stray_word_replaced" | "conjunction_dropped" | "url_removed";
            /**
             * @description The language version whose text was changed
             * @enum {string}
             */
            language: "zh" | "en" | "fr" | "es" | "ru" | "ar";
            /**
             * @description The source words
             * @example 好地理解 and 认识这一
             */
            from: string;
            /**
             * @description The words as imported (empty when removed)
             * @example 好地理解和认识这一
             */
            to: string;
        };
        RevisionDto: {
            version: number;
            /** @description The fields as they were before the change */
            snapshot: Record<string, never>;
            changedFields: string[];
            /** @enum {string} */
            source: "import" | "edit";
            /** Format: uuid */
            changedBy: string | null;
            /** @description The name of who edited it (null for an import, or once the account is gone) */
            changedByName: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        LinkDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "reiterates" | "builds_on" | "supersedes";
            /** @enum {string} */
            direction: "outgoing" | "incoming";
            /** Format: uuid */
            recommendationId: string;
            /** @example CTOC/COP/WG.4/2011/8, para. 32 */
            reference: string;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        RecommendationArticleDto: {
            /** @example tip_6 */
            code: string;
            /** @enum {string} */
            instrument: "tip_protocol" | "untoc";
            /** @example 6 */
            number: number;
            title: string;
            /** @enum {string} */
            status: "suggested" | "confirmed" | "rejected";
            /**
             * @description citation (the text cites the article: a strong suggestion), keyword, or secretariat (added by hand)
             * @enum {string}
             */
            basis: "citation" | "keyword" | "secretariat";
            /**
             * @description The rule that suggested it
             * @example keyword:prevention
             */
            rule: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
        };
        RecommendationDetailDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Session (meeting) number
             * @example 4
             */
            session: number;
            section: components["schemas"]["SectionRefDto"] | null;
            /** @example 32 */
            number: string;
            /** @example (a) */
            label: string | null;
            /** @example CTOC/COP/WG.4/2011/8, para. 32 */
            reference: string;
            /**
             * @description Every text by language; with ?lang= only the one the text rule picks (that language, else English, else the source language)
             * @example {
             *       "zh": "缔约国应当……"
             *     }
             */
            text: {
                [key: string]: string;
            };
            /**
             * @description The language the text rule picks: ?lang= when that text exists, else English, else the source language
             * @enum {string|null}
             */
            textLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh" | null;
            addressee: ("states_parties" | "states" | "unodc" | "cop" | "working_group" | "un_entities" | "international_organizations" | "unspecified" | "other")[];
            /** @enum {string} */
            modality: "should" | "should_consider" | "may" | "encouraged" | "requested" | "other";
            /** @enum {string} */
            adoption: "adopted" | "endorsed" | "for_cop_consideration";
            isContainer: boolean;
            requiresStateReport: boolean;
            /**
             * @example [
             *       "organ_removal"
             *     ]
             */
            themes: string[];
            version: number;
            /** Format: date-time */
            updatedAt: string;
            children: components["schemas"]["RecommendationDto"][];
            /** @description Only with ?q=: the languages whose text matched here (the ?lang= text, the original text, or both); empty when only a sub-item matched */
            matchedIn?: ("ar" | "en" | "es" | "fr" | "ru" | "zh")[];
            editorialNotes: components["schemas"]["EditorialNoteDto"][];
            revisions: components["schemas"]["RevisionDto"][];
            links: components["schemas"]["LinkDto"][];
            /** @description Articles of the Protocol and the Convention it concerns: suggested, confirmed or rejected */
            articles: components["schemas"]["RecommendationArticleDto"][];
        };
        CreateRecommendationDto: {
            /** @example 9 */
            session: number;
            /** Format: uuid */
            sectionId?: string;
            /**
             * Format: uuid
             * @description Parent, for a sub-item
             */
            parentId?: string;
            /** @example 40 */
            number: string;
            /** @example (a) */
            label?: string;
            /**
             * @example {
             *       "zh": "缔约国应当……"
             *     }
             */
            text: Record<string, never>;
            addressee: ("states_parties" | "states" | "unodc" | "cop" | "working_group" | "un_entities" | "international_organizations" | "unspecified" | "other")[];
            /** @enum {string} */
            modality: "should" | "should_consider" | "may" | "encouraged" | "requested" | "other";
            /** @enum {string} */
            adoption: "adopted" | "endorsed" | "for_cop_consideration";
            /** @description Defaults to true when addressed to States (parties) */
            requiresStateReport?: boolean;
            isContainer?: boolean;
            themes?: string[];
        };
        UpdateRecommendationDto: {
            /** @description Texts to set, per language (other languages are kept) */
            text?: {
                [key: string]: string;
            };
            addressee?: ("states_parties" | "states" | "unodc" | "cop" | "working_group" | "un_entities" | "international_organizations" | "unspecified" | "other")[];
            /** @enum {string} */
            modality?: "should" | "should_consider" | "may" | "encouraged" | "requested" | "other";
            /** @enum {string} */
            adoption?: "adopted" | "endorsed" | "for_cop_consideration";
            requiresStateReport?: boolean;
            isContainer?: boolean;
            /** @description Replaces the set of themes */
            themes?: string[];
        };
        CreateLinkDto: {
            /**
             * Format: uuid
             * @description The recommendation this one reiterates / builds on / supersedes
             */
            toId: string;
            /** @enum {string} */
            type: "reiterates" | "builds_on" | "supersedes";
            note?: string;
        };
        ThemeDto: {
            /** Format: uuid */
            id: string;
            /** @example organ_removal */
            code: string;
            /**
             * @example {
             *       "en": "Trafficking for organ removal",
             *       "zh": "为切除器官目的贩运人口"
             *     }
             */
            names: Record<string, never>;
            /**
             * @description Recommendations tagged with it
             * @example 12
             */
            recommendationCount: number;
        };
        CreateThemeDto: {
            /** @example child_trafficking */
            code: string;
            /**
             * @example {
             *       "en": "Child trafficking",
             *       "zh": "贩运儿童"
             *     }
             */
            names: Record<string, never>;
            /**
             * @example {
             *       "zh": [
             *         "儿童"
             *       ],
             *       "en": [
             *         "child"
             *       ]
             *     }
             */
            keywords?: Record<string, never>;
        };
        ArticleDto: {
            /** @example tip_6 */
            code: string;
            /** @enum {string} */
            instrument: "tip_protocol" | "untoc";
            /** @example 6 */
            number: number;
            /**
             * @description The official title in ?lang= (else English)
             * @example Assistance to and protection of victims of trafficking in persons
             */
            title: string;
            /** @description The official title per language */
            titles: Record<string, never>;
            /** @description Recommendations whose link to it the secretariat confirmed */
            confirmed: number;
            /** @description Recommendations the rules link to it, not yet confirmed or rejected */
            suggested: number;
        };
        DecideArticleDto: {
            /**
             * @description confirmed: the recommendation concerns the article (adds the link if it was not suggested); rejected: it does not (never suggested again)
             * @enum {string}
             */
            status: "confirmed" | "rejected";
        };
        RecommendationArticlesDto: {
            /** Format: uuid */
            recommendationId: string;
            /** @description Its article links as they now are */
            articles: components["schemas"]["RecommendationArticleDto"][];
        };
        ImportSourceDto: {
            fileName: string | null;
            sha256: string;
            /** @enum {string} */
            language: "zh" | "en" | "fr" | "es" | "ru" | "ar";
            /** @enum {string} */
            kind: "meeting_report" | "background_paper" | "other";
        };
        PlannedSessionDto: {
            number: number | null;
            /** Format: date */
            startDate: string | null;
            /** Format: date */
            endDate: string | null;
            venue: string | null;
            /** @enum {string} */
            status: "draft" | "final";
            reportSymbol: string | null;
            title: string | null;
        };
        ImportWarningDto: {
            /** @example UNMATCHED_STATE */
            code: string;
            message: string;
            line?: number;
        };
        RecordCountsDto: {
            new: number;
            changed: number;
            unchanged: number;
        };
        RecordParagraphDto: {
            /** @example 5 */
            number: string;
            label: string | null;
            /** @enum {string} */
            status: "new" | "changed" | "unchanged";
            /** @description The document’s text */
            text: string;
            /** @description The record’s current text in the document’s language */
            recordText: string | null;
            /** Format: uuid */
            recordId: string | null;
            reference: string | null;
        };
        RecordComparisonDto: {
            /** @description The meeting of the record; null when it is not in the record yet */
            session: number | null;
            language: string;
            counts: components["schemas"]["RecordCountsDto"];
            paragraphs: components["schemas"]["RecordParagraphDto"][];
            /** @description Numbers the record has for this meeting that the document does not */
            notInDocument: string[];
        };
        ImportPreviewDto: {
            source: components["schemas"]["ImportSourceDto"];
            session: components["schemas"]["PlannedSessionDto"] | null;
            warnings: components["schemas"]["ImportWarningDto"][];
            record: components["schemas"]["RecordComparisonDto"];
            /** @description Another language version of a report in the record */
            versions?: {
                [key: string]: unknown;
            };
        };
        ImportSummaryDto: {
            /** @enum {string} */
            status: "applied" | "unchanged";
            /** Format: uuid */
            importId: string;
            session: number | null;
            sessionsCreated: number;
            sectionsCreated: number;
            recommendationsCreated: number;
            recommendationsRevised: number;
            subItemsCreated: number;
            documentsUpserted: number;
            warnings: components["schemas"]["ImportWarningDto"][];
        };
        ImportResultDto: {
            summary: components["schemas"]["ImportSummaryDto"];
            /** @description The plan that was applied */
            plan: {
                [key: string]: unknown;
            };
        };
        CreateCycleDto: {
            /**
             * @description Sessions whose recommendations are in scope (default: every final session)
             * @example [
             *       4,
             *       5,
             *       9
             *     ]
             */
            sessions?: number[];
            recommendationIds?: string[];
            /**
             * @example [
             *       "organ_removal"
             *     ]
             */
            themes?: string[];
            /** @example 2026 cycle for the 12th meeting */
            name: string;
            /**
             * Format: date
             * @example 2026-01-15
             */
            opensOn: string;
            /**
             * Format: date
             * @example 2026-04-30
             */
            closesOn: string;
        };
        CycleExtensionDto: {
            /** @example KEN */
            stateCode: string;
            /** Format: date */
            closesOn: string;
            reason: string;
            /** Format: uuid */
            grantedBy: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        CycleDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date */
            opensOn: string;
            /** Format: date */
            closesOn: string;
            /** @enum {string} */
            status: "planned" | "open" | "closed";
            filters: Record<string, never>;
            /** @description Recommendations in scope */
            scopeCount: number;
            /** Format: date-time */
            openedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** @description Drafts pre-filled from earlier accepted reports when the cycle opened */
            carriedForward: number;
            /** @description States given a later deadline (a focal point sees its own State’s only), by State */
            extensions: components["schemas"]["CycleExtensionDto"][];
            /** @description Send it back in If-Match (as the ETag "v<n>") to change the cycle */
            version: number;
        };
        CycleScopeDto: {
            /**
             * @description Sessions whose recommendations are in scope (default: every final session)
             * @example [
             *       4,
             *       5,
             *       9
             *     ]
             */
            sessions?: number[];
            recommendationIds?: string[];
            /**
             * @example [
             *       "organ_removal"
             *     ]
             */
            themes?: string[];
        };
        ScopeSampleItemDto: {
            /** Format: uuid */
            id: string;
            /** @example 4 */
            session: number;
            /** @example CTOC/COP/WG.4/2011/8, para. 32 */
            reference: string;
            /** @description The opening words of the text */
            excerpt: string | null;
            /** @enum {string|null} */
            textLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh" | null;
        };
        ScopePreviewDto: {
            /** @description Recommendations a cycle created with this scope would hold now */
            count: number;
            /** @description The first 10 of them, in session and paragraph order */
            sample: components["schemas"]["ScopeSampleItemDto"][];
        };
        UpdateCycleDto: {
            /** @example 2026 cycle for the 12th meeting */
            name?: string;
            /**
             * Format: date
             * @description Only while the cycle is planned
             * @example 2026-01-15
             */
            opensOn?: string;
            /**
             * Format: date
             * @description While planned, or open (then not before today); a closed cycle is reopened instead
             * @example 2026-04-30
             */
            closesOn?: string;
        };
        StateExtensionBodyDto: {
            /**
             * Format: date
             * @description The State’s own closing day: after the cycle’s
             * @example 2026-05-31
             */
            closesOn: string;
            /** @example National elections delayed the interministerial clearance. */
            reason: string;
        };
        ReopenCycleDto: {
            /**
             * Format: date
             * @description The new closing day (today or later)
             * @example 2026-06-30
             */
            closesOn: string;
        };
        RemindDto: {
            /**
             * @description State codes to remind. Default: every State with an active focal point that has submitted nothing in the cycle.
             * @example [
             *       "FRA",
             *       "KEN"
             *     ]
             */
            states?: string[];
            /**
             * @description The language of the States’ names in the answer (the reader’s); default English. The mails go out in each recipient’s own language.
             * @enum {string}
             */
            lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
        };
        ReminderRecipientDto: {
            name: string;
            email: string;
            /**
             * @description The language of the mail this focal point gets (its interface language)
             * @enum {string}
             */
            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
        };
        ReminderStateDto: {
            /** @example FRA */
            code: string;
            name: string;
            /**
             * Format: date
             * @description This State's deadline: the cycle's closing day, or its extension when later
             * @example 2026-06-30
             */
            deadline: string;
            /**
             * Format: date-time
             * @description When this State was last reminded about this cycle
             */
            lastRemindedAt: string | null;
            /**
             * Format: date-time
             * @description The earliest moment it may be reminded again (null: now)
             */
            nextAllowedAt: string | null;
            /**
             * @description Why it is not reminded (null: it is)
             * @enum {string|null}
             */
            skipped: "recently_reminded" | "no_focal_point" | null;
            recipients: components["schemas"]["ReminderRecipientDto"][];
        };
        RemindResultDto: {
            /** @description Focal points reminded now (one mail each, through the outbox) */
            reminded: number;
            /** @description The States reminded now */
            states: string[];
            /** @description The States not reminded, and why (e.g. reminded within the minimum interval) */
            skipped: components["schemas"]["ReminderStateDto"][];
            minIntervalHours: number;
        };
        ReminderMessageDto: {
            /** @enum {string} */
            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            /**
             * Format: date
             * @description The deadline this mail names (States with an extension get their own)
             */
            deadline: string;
            /**
             * @description The States whose focal points get this mail (none when nobody would be reminded)
             * @example [
             *       "FRA",
             *       "KEN"
             *     ]
             */
            states: string[];
            subject: string;
            text: string;
        };
        ReminderPreviewDto: {
            /** @description REMINDER_MIN_INTERVAL_HOURS: a State is reminded again about a cycle only after this long */
            minIntervalHours: number;
            /** @description Every State asked for (or the default ones), with whom the mail would go to */
            states: components["schemas"]["ReminderStateDto"][];
            /** @description The mail in each language of the recipients (English when there is none) */
            messages: components["schemas"]["ReminderMessageDto"][];
        };
        RowSectionDto: {
            /** @example II.A */
            key: string;
            /** @description In the row’s text language when there, else by the same rule */
            heading: string | null;
        };
        RowThemeDto: {
            /** @example victim_protection */
            code: string;
            /** @description In `lang` if given, else English, else the code */
            name: string;
        };
        ReportRowDto: {
            /** @example CTOC/COP/WG.4/2011/8, para. 8 */
            reference: string;
            /** @description In `lang` if given, else English, else the source language */
            text: string | null;
            /**
             * @description The language of `text`
             * @enum {string|null}
             */
            textLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh" | null;
            section: components["schemas"]["RowSectionDto"] | null;
            /**
             * @description Number of the Working Group session that adopted it
             * @example 4
             */
            session: number;
            /** @description A sub-item’s parent paragraph, its opening words (same language rule) */
            parentOpening: string | null;
            /** Format: uuid */
            recommendationId: string;
            /** Format: uuid */
            reportId: string | null;
            /** @enum {string} */
            workflowState: "not_started" | "draft" | "submitted" | "under_review" | "accepted" | "returned";
            /** @enum {string|null} */
            implementationStatus: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable" | null;
            version: number | null;
            /** Format: date-time */
            updatedAt: string | null;
            late: boolean;
            /** @description The secretariat’s comment when it returned the current submission */
            lastReturnComment: string | null;
            /** @description Evidence files attached (for the secretariat: those a submitted version cites; 0 for a draft) */
            fileCount: number;
            /** @description The themes of the recommendation (of its root for a sub-item), by code */
            themes: components["schemas"]["RowThemeDto"][];
            /** @description For the State’s own not started, draft or returned rows: why submit would refuse the answer as it stands (the error codes submit answers); [] when it is complete, and always [] for other rows and for the secretariat */
            incomplete: ("INCOMPLETE_REPORT" | "JUSTIFICATION_REQUIRED")[];
        };
        MeasureDto: {
            /** @enum {string} */
            type: "legislation" | "policy" | "institutional" | "training" | "awareness" | "cooperation" | "data" | "victim_support" | "other";
            description: string;
        };
        EvidenceLinkDto: {
            title: string;
            /** @example https://www.example.gov/law.pdf */
            url: string;
        };
        BulkReportItemDto: {
            /** @enum {string|null} */
            implementationStatus?: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable" | null;
            /**
             * @description Per language
             * @example {
             *       "en": "The 2024 law criminalises …"
             *     }
             */
            narrative?: {
                [key: string]: string;
            };
            measures?: components["schemas"]["MeasureDto"][];
            evidence?: components["schemas"]["EvidenceLinkDto"][];
            challenges?: string | null;
            assistanceNeeded?: boolean;
            assistanceDetails?: string | null;
            /** @enum {string|null} */
            assistanceType?: "legislative_drafting" | "capacity_building" | "training" | "equipment" | "data_systems" | "victim_services" | "cooperation" | "other" | null;
            /** Format: uuid */
            recommendationId: string;
            /** @description The report’s current ETag; required when the report exists */
            ifMatch?: string;
        };
        BulkSaveDto: {
            items: components["schemas"]["BulkReportItemDto"][];
        };
        SecretariatAssessmentDto: {
            /** @enum {string} */
            status: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable";
            note: string | null;
        };
        EvidenceFileMetaDto: {
            /** Format: uuid */
            id: string;
            /** @example national-action-plan.pdf */
            fileName: string;
            /** @example application/pdf */
            contentType: string;
            size: number;
            sha256: string;
            /** Format: date-time */
            uploadedAt: string;
        };
        ReportDto: {
            /**
             * Format: uuid
             * @description null for a report not saved yet
             */
            id: string | null;
            /** Format: uuid */
            cycleId: string;
            /** @example KEN */
            stateCode: string;
            /** Format: uuid */
            recommendationId: string;
            /**
             * @description "not_started": not saved yet (an empty draft, no ETag)
             * @enum {string}
             */
            workflowState: "not_started" | "draft" | "submitted" | "under_review" | "accepted" | "returned";
            /** @enum {string|null} */
            implementationStatus: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable" | null;
            /** @description Per language */
            narrative: {
                [key: string]: string;
            };
            measures: components["schemas"]["MeasureDto"][];
            evidence: components["schemas"]["EvidenceLinkDto"][];
            challenges: string | null;
            assistanceNeeded: boolean;
            assistanceDetails: string | null;
            /** @enum {string|null} */
            assistanceType: "legislative_drafting" | "capacity_building" | "training" | "equipment" | "data_systems" | "victim_services" | "cooperation" | "other" | null;
            secretariatAssessment: components["schemas"]["SecretariatAssessmentDto"] | null;
            /** Format: uuid */
            carriedFromId: string | null;
            submissions: number;
            late: boolean;
            /** @description The ETag’s number; null (and no ETag) for a report not saved yet */
            version: number | null;
            /** Format: date-time */
            updatedAt: string | null;
            /** @description The secretariat’s comment when it returned the current submission */
            lastReturnComment: string | null;
            files: components["schemas"]["EvidenceFileMetaDto"][];
        };
        ReportContentDto: {
            /** @enum {string|null} */
            implementationStatus?: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable" | null;
            /**
             * @description Per language
             * @example {
             *       "en": "The 2024 law criminalises …"
             *     }
             */
            narrative?: {
                [key: string]: string;
            };
            measures?: components["schemas"]["MeasureDto"][];
            evidence?: components["schemas"]["EvidenceLinkDto"][];
            challenges?: string | null;
            assistanceNeeded?: boolean;
            assistanceDetails?: string | null;
            /** @enum {string|null} */
            assistanceType?: "legislative_drafting" | "capacity_building" | "training" | "equipment" | "data_systems" | "victim_services" | "cooperation" | "other" | null;
        };
        ReviewQueueItemDto: {
            /**
             * Format: uuid
             * @description null for a report not saved yet
             */
            id: string | null;
            /** Format: uuid */
            cycleId: string;
            /** @example KEN */
            stateCode: string;
            /** Format: uuid */
            recommendationId: string;
            /**
             * @description "not_started": not saved yet (an empty draft, no ETag)
             * @enum {string}
             */
            workflowState: "not_started" | "draft" | "submitted" | "under_review" | "accepted" | "returned";
            /** @enum {string|null} */
            implementationStatus: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable" | null;
            /** @description Per language */
            narrative: {
                [key: string]: string;
            };
            measures: components["schemas"]["MeasureDto"][];
            evidence: components["schemas"]["EvidenceLinkDto"][];
            challenges: string | null;
            assistanceNeeded: boolean;
            assistanceDetails: string | null;
            /** @enum {string|null} */
            assistanceType: "legislative_drafting" | "capacity_building" | "training" | "equipment" | "data_systems" | "victim_services" | "cooperation" | "other" | null;
            secretariatAssessment: components["schemas"]["SecretariatAssessmentDto"] | null;
            /** Format: uuid */
            carriedFromId: string | null;
            submissions: number;
            late: boolean;
            /** @description The ETag’s number; null (and no ETag) for a report not saved yet */
            version: number | null;
            /** Format: date-time */
            updatedAt: string | null;
            /** @description The secretariat’s comment when it returned the current submission */
            lastReturnComment: string | null;
            files: components["schemas"]["EvidenceFileMetaDto"][];
            /** @example CTOC/COP/WG.4/2011/8, para. 8 */
            reference: string;
            /** @description In `lang` if given, else English, else the source language */
            text: string | null;
            /** @enum {string|null} */
            textLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh" | null;
            section: components["schemas"]["RowSectionDto"] | null;
            /** @example 4 */
            session: number;
            parentOpening: string | null;
            fileCount: number;
            /**
             * Format: date-time
             * @description When the current version was submitted (the queue’s order)
             */
            submittedAt: string;
        };
        AssessmentDto: {
            /** @enum {string} */
            status: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable";
            note?: string;
        };
        ReviewDto: {
            /** @enum {string} */
            decision: "start_review" | "accept" | "return";
            /** @description Required to return a report */
            comment?: string;
            /** @description The secretariat's own assessment, kept beside the State's */
            assessment?: components["schemas"]["AssessmentDto"];
        };
        HistoryReportDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            workflowState: "draft" | "submitted" | "under_review" | "accepted" | "returned";
            /** @example KEN */
            stateCode: string;
            /** Format: uuid */
            recommendationId: string;
            /** Format: uuid */
            cycleId: string;
        };
        VersionFileDto: {
            /** Format: uuid */
            id: string;
            /** @example national-action-plan.pdf */
            fileName: string;
            /** @example application/pdf */
            contentType: string;
            size: number;
            sha256: string;
        };
        ReportVersionContentDto: {
            /** @enum {string|null} */
            implementationStatus: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable" | null;
            /** @description Per language */
            narrative: {
                [key: string]: string;
            };
            measures: components["schemas"]["MeasureDto"][];
            evidence: components["schemas"]["EvidenceLinkDto"][];
            challenges: string | null;
            assistanceNeeded: boolean;
            assistanceDetails: string | null;
            /** @enum {string|null} */
            assistanceType: "legislative_drafting" | "capacity_building" | "training" | "equipment" | "data_systems" | "victim_services" | "cooperation" | "other" | null;
            /** @description The evidence files attached at submission: the files this version cites */
            files?: components["schemas"]["VersionFileDto"][];
        };
        HistoryVersionDto: {
            /** @description 1 for the first submission */
            number: number;
            content: components["schemas"]["ReportVersionContentDto"];
            late: boolean;
            /** Format: uuid */
            submittedBy: string | null;
            /** @description The name of who submitted it (null once the account is gone) */
            submittedByName: string | null;
            /** Format: date-time */
            submittedAt: string;
        };
        HistoryReviewDto: {
            /** @enum {string} */
            kind: "start_review" | "accept" | "return" | "comment";
            /** @description The submitted version it is about (0: before the first submission) */
            versionNumber: number;
            comment: string | null;
            assessment: components["schemas"]["SecretariatAssessmentDto"] | null;
            /** Format: uuid */
            authorId: string | null;
            /** @description The author’s name (null once the account is gone) */
            authorName: string | null;
            /** @enum {string} */
            authorRole: "admin" | "secretariat" | "focal_point";
            /** Format: date-time */
            createdAt: string;
        };
        HistoryDto: {
            report: components["schemas"]["HistoryReportDto"];
            versions: components["schemas"]["HistoryVersionDto"][];
            reviews: components["schemas"]["HistoryReviewDto"][];
        };
        CommentDto: {
            body: string;
        };
        EvidenceUploadDto: {
            /** Format: uuid */
            id: string;
            /** @example national-action-plan.pdf */
            fileName: string;
            /** @example application/pdf */
            contentType: string;
            size: number;
            sha256: string;
            /** Format: date-time */
            uploadedAt: string;
            report: components["schemas"]["ReportDto"];
        };
        PreviewCountsDto: {
            change: number;
            unchanged: number;
            invalid: number;
            conflict: number;
        };
        FieldChangeDto: {
            /** @enum {string} */
            field: "implementationStatus" | "narrative" | "challenges" | "assistanceNeeded" | "assistanceType" | "assistanceDetails";
            /** @description A code for status and assistance type */
            from: (string | boolean) | null;
            to: (string | boolean) | null;
        };
        CellProblemDto: {
            /**
             * @description The cell on the questionnaire sheet (column A for a problem of the whole row)
             * @example D7
             */
            cell: string;
            /** @enum {string|null} */
            column: "reference" | "text" | "workflowState" | "implementationStatus" | "narrative" | "challenges" | "assistanceNeeded" | "assistanceType" | "assistanceDetails" | "measures" | "evidence" | "recommendationId" | "version" | "questionnaire" | "token" | null;
            /** @enum {string} */
            code: "CELL_FORMULA" | "CELL_WRONG_TYPE" | "CELL_NOT_IN_LIST" | "CELL_TOO_LONG" | "ROW_TAMPERED" | "ROW_OTHER_QUESTIONNAIRE" | "ROW_UNKNOWN" | "ROW_DUPLICATE" | "ROW_JUSTIFICATION_REQUIRED" | "ROW_NOT_EDITABLE";
        };
        PreviewRowDto: {
            /** @description The row number on the questionnaire sheet */
            row: number;
            /** Format: uuid */
            recommendationId: string | null;
            reference: string | null;
            /** @enum {string} */
            outcome: "change" | "unchanged" | "invalid" | "conflict";
            changes: components["schemas"]["FieldChangeDto"][];
            problems: components["schemas"]["CellProblemDto"][];
            /** @description The report version the row was downloaded with */
            fileVersion: number | null;
            /** @description The report’s current version */
            currentVersion: number | null;
        };
        WorkbookPreviewDto: {
            /**
             * @description The workbook’s language
             * @enum {string}
             */
            lang: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            counts: components["schemas"]["PreviewCountsDto"];
            rows: components["schemas"]["PreviewRowDto"][];
        };
        ApplyRowsDto: {
            items: components["schemas"]["ReportRowDto"][];
            total: number;
        };
        WorkbookApplyDto: {
            /** @description Answers saved */
            applied: number;
            /** @description Rows the same as the current answers */
            unchanged: number;
            /** @description The saved answers’ questionnaire rows */
            rows: components["schemas"]["ApplyRowsDto"] | null;
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /** @example report.returned */
            kind: string;
            title: string;
            body: string;
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        SummaryCycleDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "planned" | "open" | "closed";
            /** Format: date */
            opensOn: string;
            /** Format: date */
            closesOn: string;
        };
        SuppressionDto: {
            /** @description A figure is shown to a focal point only when at least this many States other than its own have a counted report behind it */
            minOtherStates: number;
        };
        OverviewStatesDto: {
            /** @description Protocol parties plus States with an active focal point */
            expected: number;
            /** @description States with at least one counted report */
            reporting: number;
            /** @description Expected States that reported */
            reportingExpected: number;
            /** @description reportingExpected / expected (0..1) */
            responseRate: number;
            /** @description States with a counted report submitted after the closing day */
            late: number;
        };
        OverviewReportsDto: {
            accepted: number;
            pending: number;
        };
        StatusDistributionDto: {
            not_started: number;
            planned: number;
            in_progress: number;
            partially_implemented: number;
            fully_implemented: number;
            not_applicable: number;
            /** @description Pairs nobody answered (never "not implemented") */
            no_information: number;
        };
        OverviewRegionalGroupDto: {
            /** @description Whether this group's State figures are null. For a focal point, a group with fewer than suppression.minOtherStates other States behind it (or whose figures would give such a group away by subtraction) has suppressed: true, a suppressedReason, and its State figures null. */
            suppressed: boolean;
            /** @enum {string|null} */
            suppressedReason: "FEWER_THAN_MIN_STATES" | "COMPLEMENT" | null;
            /** @description The UN regional group; null: "Other / not assigned" (see unassignedStates) */
            regionalGroup: string | null;
            states: number | null;
            expected: number | null;
            reporting: number | null;
            /** @description Reporting expected States over expected States (0–1) */
            responseRate: number | null;
            statusDistribution: components["schemas"]["StatusDistributionDto"] | null;
        };
        OverviewSessionDto: {
            /** @description Whether this group's State figures are null. For a focal point, a group with fewer than suppression.minOtherStates other States behind it (or whose figures would give such a group away by subtraction) has suppressed: true, a suppressedReason, and its State figures null. */
            suppressed: boolean;
            /** @enum {string|null} */
            suppressedReason: "FEWER_THAN_MIN_STATES" | "COMPLEMENT" | null;
            session: number;
            /** Format: date */
            startDate: string | null;
            recommendations: number;
            reports: number | null;
            statusDistribution: components["schemas"]["StatusDistributionDto"] | null;
        };
        SummaryStateNameDto: {
            code: string;
            /** @description In `lang` if given, else English */
            name: string;
        };
        OverviewThemeDto: {
            /** @description Whether this group's State figures are null. For a focal point, a group with fewer than suppression.minOtherStates other States behind it (or whose figures would give such a group away by subtraction) has suppressed: true, a suppressedReason, and its State figures null. */
            suppressed: boolean;
            /** @enum {string|null} */
            suppressedReason: "FEWER_THAN_MIN_STATES" | "COMPLEMENT" | null;
            theme: string;
            /** @description In `lang` if given, else English */
            name: string;
            /** @description The theme's name in every language it has, by language code */
            names: {
                [key: string]: string;
            };
            recommendations: number;
            reports: number | null;
            statusDistribution: components["schemas"]["StatusDistributionDto"] | null;
        };
        OverviewAssistanceDto: {
            states: number;
            reports: number;
            /** @description Reports by assistance type; for a focal point, types asked by too few other States are summed under "suppressed" */
            byType: {
                [key: string]: number;
            };
        };
        OverviewDto: {
            cycle: components["schemas"]["SummaryCycleDto"];
            /**
             * Format: date-time
             * @description The moment the figures describe; pass it back as ?asOf= to reproduce them
             */
            asOf: string;
            /**
             * @description Which reports were counted
             * @enum {string}
             */
            counting: "accepted" | "accepted_and_submitted";
            /** @description In-scope recommendations that ask something of States (the denominator) */
            recommendations: number;
            /** @description For a focal point: whether the cycle-wide figures (states, reports, statusDistribution, assistance) are null because fewer than suppression.minOtherStates other States reported */
            suppressed: boolean;
            /** @description The small-group rule applied (null for the secretariat, who sees every figure) */
            suppression: components["schemas"]["SuppressionDto"] | null;
            states: components["schemas"]["OverviewStatesDto"] | null;
            /** @description Counted reports by workflow state */
            reports: components["schemas"]["OverviewReportsDto"] | null;
            /** @description Over every (State, recommendation) pair of the expected and reporting States */
            statusDistribution: components["schemas"]["StatusDistributionDto"] | null;
            byRegionalGroup: components["schemas"]["OverviewRegionalGroupDto"][];
            bySession: components["schemas"]["OverviewSessionDto"][];
            /** @description The States counted under the regional group null ("Other / not assigned": in none of the five groups, e.g. the European Union), by code */
            unassignedStates: components["schemas"]["SummaryStateNameDto"][];
            byTheme: components["schemas"]["OverviewThemeDto"][];
            /** @description For a focal point, null when fewer than suppression.minOtherStates other States asked for assistance */
            assistance: components["schemas"]["OverviewAssistanceDto"] | null;
        };
        StateProfileAssistanceDto: {
            /** Format: uuid */
            recommendationId: string;
            reference: string;
            assistanceType: string | null;
            details: string | null;
        };
        StateProfileItemDto: {
            /** Format: uuid */
            recommendationId: string;
            reference: string;
            session: number;
            /** @description In `lang` if given, else English, else the source language */
            text: string | null;
            /**
             * @description The language of `text`
             * @enum {string|null}
             */
            textLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh" | null;
            /** @enum {string} */
            status: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable" | "no_information";
            /** @description Shown for submitted, under-review and accepted reports only */
            workflowState: string | null;
            /** @description Whether this report is counted in the figures */
            counted: boolean;
            /** Format: date-time */
            lastUpdate: string | null;
            late: boolean;
            assistanceNeeded: boolean;
            assistanceType: string | null;
            /**
             * @description The secretariat's own assessment, beside the State's status (null when it gave none)
             * @enum {string|null}
             */
            secretariatStatus: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable" | null;
            /** @description The first 300 characters of the narrative, in `lang` when the State wrote one in it */
            narrativeExcerpt: string | null;
        };
        StateProfileDto: {
            cycle: components["schemas"]["SummaryCycleDto"];
            /**
             * Format: date-time
             * @description The moment the figures describe; pass it back as ?asOf= to reproduce them
             */
            asOf: string;
            /**
             * @description Which reports were counted
             * @enum {string}
             */
            counting: "accepted" | "accepted_and_submitted";
            /** @description { code, name, regionalGroup, protocolStatus, expected } */
            state: Record<string, never>;
            /** @description In-scope recommendations minus the accepted not_applicable answers */
            applicable: number;
            /** @description Counted reports */
            reported: number;
            /** @description Accepted reports */
            accepted: number;
            /** @description Counted reports on applicable recommendations / applicable (0..1) */
            coverage: number;
            /** @description Counted reports submitted after the closing day */
            late: number;
            statusDistribution: components["schemas"]["StatusDistributionDto"];
            /** @description The counted answers that ask for technical assistance */
            assistanceNeeded: components["schemas"]["StateProfileAssistanceDto"][];
            /** @description Counted answers where the secretariat's assessment differs from the State's status */
            assessmentsDiffer: number;
            items: components["schemas"]["StateProfileItemDto"][];
        };
        SummaryRecommendationDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            session: number;
            label: string | null;
            /** @description In `lang` if given, else English, else the source language */
            text: string;
            /**
             * @description The language of `text`
             * @enum {string|null}
             */
            textLanguage: "ar" | "en" | "es" | "fr" | "ru" | "zh" | null;
        };
        RecommendationSummaryStateDto: {
            code: string;
            name: string;
            regionalGroup: string | null;
            /** @enum {string} */
            status: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable";
            workflowState: string;
            /** Format: date-time */
            lastUpdate: string;
            late: boolean;
            assistanceNeeded: boolean;
            /** @description The first 300 characters of the narrative (in `lang`, else English, else the first language given) */
            narrativeExcerpt: string;
            /**
             * @description The secretariat's own assessment (null when it gave none)
             * @enum {string|null}
             */
            secretariatStatus: "not_started" | "planned" | "in_progress" | "partially_implemented" | "fully_implemented" | "not_applicable" | null;
            /**
             * Format: uuid
             * @description The report (for GET /api/reports/{id}/history and the review)
             */
            reportId: string;
            /** @description Evidence files the counted submission cites */
            fileCount: number;
        };
        RecommendationSummaryDto: {
            cycle: components["schemas"]["SummaryCycleDto"];
            /**
             * Format: date-time
             * @description The moment the figures describe; pass it back as ?asOf= to reproduce them
             */
            asOf: string;
            /**
             * @description Which reports were counted
             * @enum {string}
             */
            counting: "accepted" | "accepted_and_submitted";
            recommendation: components["schemas"]["SummaryRecommendationDto"];
            statesReporting: number;
            statusDistribution: components["schemas"]["StatusDistributionDto"];
            /** @description States whose answer the secretariat assessed differently */
            assessmentsDiffer: number;
            states: components["schemas"]["RecommendationSummaryStateDto"][];
        };
        NonReportingFocalPointDto: {
            name: string;
            email: string;
            /** @description Interface language (the reminder goes out in it) */
            language: string;
        };
        NonReportingStateDto: {
            code: string;
            name: string;
            regionalGroup: string | null;
            protocolStatus: string;
            /** @description Submitted or under-review reports awaiting the secretariat */
            pendingSubmissions: number;
            hasPendingSubmission: boolean;
            activeFocalPoints: number;
            /** @description The active focal points (whom a reminder reaches) */
            focalPoints: components["schemas"]["NonReportingFocalPointDto"][];
            /**
             * Format: date-time
             * @description When the State was last reminded about this cycle (up to asOf)
             */
            lastRemindedAt: string | null;
        };
        NonReportingDto: {
            cycle: components["schemas"]["SummaryCycleDto"];
            /**
             * Format: date-time
             * @description The moment the figures describe; pass it back as ?asOf= to reproduce them
             */
            asOf: string;
            /**
             * @description Which reports were counted
             * @enum {string}
             */
            counting: "accepted" | "accepted_and_submitted";
            expected: number;
            states: components["schemas"]["NonReportingStateDto"][];
        };
        TrendPointDto: {
            cycle: components["schemas"]["SummaryCycleDto"];
            recommendations: number;
            expected: number | null;
            reporting: number | null;
            responseRate: number | null;
            late: number | null;
            reports: number | null;
            statusDistribution: components["schemas"]["StatusDistributionDto"] | null;
            /** @description For a focal point (not narrowed to its own State): the State figures of this cycle are null. For a focal point, a group with fewer than suppression.minOtherStates other States behind it (or whose figures would give such a group away by subtraction) has suppressed: true, a suppressedReason, and its State figures null. */
            suppressed: boolean;
            /** @enum {string|null} */
            suppressedReason: "FEWER_THAN_MIN_STATES" | "COMPLEMENT" | null;
        };
        TrendsDto: {
            /** Format: date-time */
            asOf: string;
            /** @description The small-group rule applied (null for the secretariat, and for a focal point narrowing to its own State) */
            suppression: components["schemas"]["SuppressionDto"] | null;
            /** @enum {string} */
            counting: "accepted" | "accepted_and_submitted";
            /** @description The narrowing asked: { recommendation, state, theme } */
            filters: Record<string, never>;
            /** @description The names of the State and theme narrowed to, in `lang` (else English): { state, theme }, each null when not narrowed */
            filterNames: Record<string, never>;
            /** @description One point per cycle, oldest first */
            cycles: components["schemas"]["TrendPointDto"][];
        };
        CompilationItemDto: {
            /** Format: uuid */
            id: string;
            /** @example CTOC/COP/WG.4/2019/4, para. 17 */
            reference: string;
            number: string;
            /** @example (a) */
            label: string | null;
            session: number;
            /** Format: date */
            sessionDate: string | null;
            symbol: string | null;
            addressee: string[];
            /** @example should */
            strength: string;
            requiresStateReport: boolean;
            /** @description In ?lang= (default en), else English, else the source language */
            text: string;
            /** @description The language of `text` (differs from ?lang= when it fell back) */
            textLanguage: string;
            /**
             * @deprecated
             * @description Same as textLanguage (kept for older clients)
             */
            language: string;
            themes: string[];
            themeNames: string[];
            /** @description Sub-items, in order */
            items: components["schemas"]["CompilationItemDto"][];
        };
        CompilationSectionDto: {
            title: string | null;
            recommendations: components["schemas"]["CompilationItemDto"][];
        };
        CompilationGroupDto: {
            /** @description Session number or theme code */
            key: string;
            title: string;
            sections: components["schemas"]["CompilationSectionDto"][];
        };
        CompilationIndexRowDto: {
            reference: string;
            session: number;
            section: string | null;
            themes: string;
            addressee: string;
            strength: string;
            requiresStateReport: boolean;
            subItems: number;
        };
        CompilationDto: {
            title: string;
            /** Format: date-time */
            generatedAt: string;
            lang: string;
            /** @enum {string} */
            groupBy: "session" | "theme";
            /** @description Recommendations (sub-items not counted) */
            recommendations: number;
            groups: components["schemas"]["CompilationGroupDto"][];
            index: components["schemas"]["CompilationIndexRowDto"][];
        };
        MfaStatusDto: {
            /** @description A confirmed second factor is set up. */
            enabled: boolean;
            /** @description Your role requires it (MFA_REQUIRED_ROLES). */
            required: boolean;
            /** @description An enrolment was started and not confirmed yet. */
            pendingEnrolment: boolean;
            /** Format: date-time */
            confirmedAt: string | null;
            /** @example 10 */
            recoveryCodesRemaining: number;
        };
        MfaEnrolmentDto: {
            /** @example otpauth://totp/WG.4%20Follow-up:admin%40example.org?issuer=WG.4%20Follow-up&secret=…&algorithm=SHA1&digits=6&period=30 */
            otpauthUri: string;
            /** @description The otpauth URI as a QR code: an SVG image as a data URL (`data:image/svg+xml;base64,…`). */
            qrCodeDataUrl: string;
            /**
             * @description The secret in base32, for typing into an app by hand.
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
        };
        MfaCodeDto: {
            /**
             * @description The 6-digit code from the authenticator app.
             * @example 492039
             */
            code: string;
        };
        RecoveryCodesDto: {
            /**
             * @description 10 single-use codes, shown once; keep them somewhere safe.
             * @example [
             *       "k7qm-x2ra-9fdh-tc4n"
             *     ]
             */
            recoveryCodes: string[];
        };
        MfaCodeOrRecoveryDto: {
            /**
             * @description A 6-digit code from the app, or an unused recovery code.
             * @example 492039
             */
            code: string;
        };
        MfaLoginDto: {
            /**
             * @description A 6-digit code from the app, or an unused recovery code.
             * @example 492039
             */
            code: string;
            /** @description The challengeToken the password step returned (valid 5 minutes, single use). */
            challengeToken: string;
        };
        FailedJobDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description The queue: mail (an e-mail) or reminders (a deadline-reminder run)
             * @example mail
             */
            queue: string;
            /** @description The last attempt’s error (the job’s data is never shown: a mail may hold a link) */
            error: string;
            /** @description Retries made before it failed */
            retryCount: number;
            /** Format: date-time */
            createdOn: string;
            /** Format: date-time */
            failedOn: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        info?: {
                            [key: string]: unknown;
                        };
                        error?: {
                            [key: string]: unknown;
                        };
                        details?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        info?: {
                            [key: string]: unknown;
                        };
                        error?: {
                            [key: string]: unknown;
                        };
                        details?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description wg4_refresh=<refresh token>; Path=/api/auth; Max-Age=<until refreshExpiresAt>; HttpOnly; SameSite=Strict (+ Secure over HTTPS). Not set with an MFA challenge. */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"] | components["schemas"]["MfaChallengeDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description wg4_refresh=<refresh token>; Path=/api/auth; Max-Age=<until refreshExpiresAt>; HttpOnly; SameSite=Strict (+ Secure over HTTPS). Not set with an MFA challenge. */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    /** @description Clears wg4_refresh (expired, Path=/api/auth) when the request carried it. */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_sessions: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SignInSessionDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_setPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordSetDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            /** @description If the address belongs to an active account, a link is on its way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                role?: "admin" | "secretariat" | "focal_point";
                stateCode?: string;
                active?: boolean;
                /** @description Part of the e-mail or name */
                q?: string;
                /** @description A leading "-" sorts descending; ties go by e-mail */
                sort?: "email" | "-email" | "name" | "-name" | "createdAt" | "-createdAt" | "lastLoginAt" | "-lastLoginAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UserDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitedUserDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_previewBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: Blob;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPreviewDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not processable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_inviteBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: Blob;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkInvitationResultDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not processable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationReceiptDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_revokeSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedSessionsDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Actor (user id) */
                actor?: string;
                /** @description Actor by e-mail (exact, case-insensitive) */
                actorEmail?: string;
                /** @description Action, or a prefix of it (auth.login matches auth.login.failed) */
                action?: string;
                entity?: string;
                entityId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEventDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_exportCsv: {
        parameters: {
            query?: {
                /** @description Actor (user id) */
                actor?: string;
                /** @description Actor by e-mail (exact, case-insensitive) */
                actorEmail?: string;
                /** @description Action, or a prefix of it (auth.login matches auth.login.failed) */
                action?: string;
                entity?: string;
                entityId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file (attachment) */
            200: {
                headers: {
                    /** @description Events matching the filters */
                    "X-Total-Count"?: number;
                    /** @description true when more than 50000 matched */
                    "X-Export-Truncated"?: "true" | "false";
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatesController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                regionalGroup?: "AFRICAN" | "ASIA_PACIFIC" | "EASTERN_EUROPEAN" | "LATIN_AMERICAN_CARIBBEAN" | "WEOG";
                kind?: "member_state" | "observer_state" | "reio" | "other";
                protocolStatus?: "party" | "signatory" | "non_party";
                /** @description Part of a name or alias (any language), or the code */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StateDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateDetailDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SessionsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SessionDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SessionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SessionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecommendationsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Session (meeting) number */
                session?: number;
                /** @description Section id (see GET /sessions/{number}) */
                section?: string;
                theme?: string;
                /** @description Only recommendations linked (suggested or confirmed) to this article of the Protocol (tip_N) or the Convention (untoc_N) */
                article?: string;
                addressee?: "states_parties" | "states" | "unodc" | "cop" | "working_group" | "un_entities" | "international_organizations" | "unspecified" | "other";
                modality?: "should" | "should_consider" | "may" | "encouraged" | "requested" | "other";
                adoption?: "adopted" | "endorsed" | "for_cop_consideration";
                requiresStateReport?: boolean;
                /** @description Search: up to 8 terms separated by spaces (U+3000 too), all of which must match; "quoted phrases" (also “…”, «…», 「…」); a leading - excludes a term. Searches the ?lang= text and the original text (English, else the first present): full text with stemming in English, French, Spanish, Russian and Arabic, substrings in Chinese; matches sub-items too, and `matchedIn` says which text matched */
                q?: string;
                /** @description Return one text: in this language, else English, else the source language (see textLanguage) */
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
                sort?: "number" | "-number" | "updatedAt" | "-updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RecommendationDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecommendationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecommendationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationDetailDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecommendationsController_get: {
        parameters: {
            query?: {
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationDetailDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecommendationsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from GET */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecommendationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationDetailDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ETag does not match (stale If-Match) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecommendationsController_addLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecommendationsController_removeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                linkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ThemesController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ThemeDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ThemesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateThemeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ArticlesController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ArticleDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ArticlesController_decide: {
        parameters: {
            query?: {
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideArticleDto"];
            };
        };
        responses: {
            /** @description The recommendation’s article links as they now are */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationArticlesDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImportsController_import: {
        parameters: {
            query?: {
                /** @description true: only show what would be imported */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/plain": string | {
                    /**
                     * Format: binary
                     * @description A .txt (UTF-8), .pdf or .docx file
                     */
                    file: Blob;
                };
                "multipart/form-data": string | {
                    /**
                     * Format: binary
                     * @description A .txt (UTF-8), .pdf or .docx file
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description The plan compared with the record (dry run: `record` holds each paragraph beside the record’s text), or { summary, plan } when unchanged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewDto"] | components["schemas"]["ImportResultDto"];
                };
            };
            /** @description Applied */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not processable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CycleDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCycleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not processable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_scopePreview: {
        parameters: {
            query?: {
                /** @description The sample’s texts in this language (else English, else the source language) */
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CycleScopeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScopePreviewDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCycleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ETag does not match (stale If-Match) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_putExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StateExtensionBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_deleteExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenCycleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_remind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemindDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemindResultDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CyclesController_previewReminder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemindDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPreviewDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
                /** @description Only the rows whose recommendation text matches, as GET /recommendations?q= searches (the ?lang= text and the original, each by its language) */
                q?: string;
            };
            header?: {
                /** @description The ETag of an earlier answer: 304 Not Modified (no body) while the questionnaire is unchanged */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description A weak validator of the whole list (from its rows’ versions); send it back in If-None-Match to get 304 Not Modified while nothing changed */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportRowDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Not Modified: the questionnaire is as in the answer whose ETag was sent */
            304: {
                headers: {
                    /** @description A weak validator of the whole list (from its rows’ versions); send it back in If-None-Match to get 304 Not Modified while nothing changed */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_saveMany: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkSaveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportRowDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ETag does not match (stale If-Match) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_save: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required once the report exists */
                "If-Match"?: string;
            };
            path: {
                id: string;
                code: string;
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportContentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            201: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ETag does not match (stale If-Match) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not processable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_queue: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
                cycle?: string;
                state?: string;
                /** @description The reporting State’s regional group */
                group?: "AFRICAN" | "ASIA_PACIFIC" | "EASTERN_EUROPEAN" | "LATIN_AMERICAN_CARIBBEAN" | "WEOG";
                /** @description Number of the Working Group session that adopted the recommendation */
                session?: number;
                /** @description A theme code: recommendations of that theme only */
                theme?: string;
                /** @description true: submitted after the closing day only; false: on time only */
                late?: boolean;
                /** @description true: with at least one evidence file the submission cites; false: without */
                withFiles?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReviewQueueItemDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryReviewDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description The file, and the report it changed; the ETag is the report’s new version */
            201: {
                headers: {
                    /** @description The resource’s version ("v<n>"); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceUploadDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not processable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Authenticated but not allowed
             *
             *     Authenticated but not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    QuestionnaireWorkbookController_workbook: {
        parameters: {
            query?: {
                /** @description The language of the texts, labels and drop-down lists (default English) */
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Authenticated but not allowed
             *
             *     Authenticated but not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    QuestionnaireWorkbookController_pdf: {
        parameters: {
            query?: {
                /** @description The language of the texts, labels and drop-down lists (default English) */
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Authenticated but not allowed
             *
             *     Authenticated but not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    QuestionnaireWorkbookController_docx: {
        parameters: {
            query?: {
                /** @description The language of the texts, labels and drop-down lists (default English) */
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Authenticated but not allowed
             *
             *     Authenticated but not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    QuestionnaireWorkbookController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The questionnaire workbook (.xlsx) as downloaded and filled
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkbookPreviewDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Authenticated but not allowed
             *
             *     Authenticated but not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not processable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    QuestionnaireWorkbookController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The questionnaire workbook (.xlsx) as downloaded and filled
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkbookApplyDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Authenticated but not allowed
             *
             *     Authenticated but not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ETag does not match (stale If-Match) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but not processable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Only unread ones */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["NotificationDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int32 */
                        updated?: number;
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SummariesController_overview: {
        parameters: {
            query?: {
                /** @description Also count submitted and under-review reports (labelled "accepted_and_submitted"). Default: accepted reports only. A focal point may ask it only for figures about its own State alone (its profile, trends?state=own); elsewhere 403 PENDING_FIGURES_OWN_STATE_ONLY. */
                include?: "submitted";
                /** @description Reproduce the figures as they stood at this time (from the version history). Default: now. */
                asOf?: string;
                format?: "json" | "csv" | "xlsx" | "pdf";
                /** @description Language of the document (its frame, labels and dates) and of the texts in it (else English, else the source language; textLanguage says which) */
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
                /** @description Only the recommendations linked (suggested or confirmed) to this article of the Protocol (tip_N) or the Convention (untoc_N) */
                article?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON; with ?format=csv|xlsx|pdf the same figures as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewDto"];
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/pdf": Blob;
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SummariesController_state: {
        parameters: {
            query?: {
                /** @description Also count submitted and under-review reports (labelled "accepted_and_submitted"). Default: accepted reports only. A focal point may ask it only for figures about its own State alone (its profile, trends?state=own); elsewhere 403 PENDING_FIGURES_OWN_STATE_ONLY. */
                include?: "submitted";
                /** @description Reproduce the figures as they stood at this time (from the version history). Default: now. */
                asOf?: string;
                format?: "json" | "csv" | "xlsx" | "pdf";
                /** @description Language of the document (its frame, labels and dates) and of the texts in it (else English, else the source language; textLanguage says which) */
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON; with ?format=csv|xlsx|pdf the same figures as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateProfileDto"];
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/pdf": Blob;
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Authenticated but not allowed
             *
             *     Authenticated but not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SummariesController_recommendation: {
        parameters: {
            query?: {
                /** @description Also count submitted and under-review reports (labelled "accepted_and_submitted"). Default: accepted reports only. A focal point may ask it only for figures about its own State alone (its profile, trends?state=own); elsewhere 403 PENDING_FIGURES_OWN_STATE_ONLY. */
                include?: "submitted";
                /** @description Reproduce the figures as they stood at this time (from the version history). Default: now. */
                asOf?: string;
                format?: "json" | "csv" | "xlsx" | "pdf";
                /** @description Language of the document (its frame, labels and dates) and of the texts in it (else English, else the source language; textLanguage says which) */
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: string;
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON; with ?format=csv|xlsx|pdf the same figures as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationSummaryDto"];
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/pdf": Blob;
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SummariesController_nonReporting: {
        parameters: {
            query?: {
                /** @description Also count submitted and under-review reports (labelled "accepted_and_submitted"). Default: accepted reports only. A focal point may ask it only for figures about its own State alone (its profile, trends?state=own); elsewhere 403 PENDING_FIGURES_OWN_STATE_ONLY. */
                include?: "submitted";
                /** @description Reproduce the figures as they stood at this time (from the version history). Default: now. */
                asOf?: string;
                format?: "json" | "csv" | "xlsx" | "pdf";
                /** @description Language of the document (its frame, labels and dates) and of the texts in it (else English, else the source language; textLanguage says which) */
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON; with ?format=csv|xlsx|pdf the same figures as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonReportingDto"];
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/pdf": Blob;
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SummariesController_sessionDocument: {
        parameters: {
            query?: {
                /** @description Also count submitted and under-review reports (labelled "accepted_and_submitted"). Default: accepted reports only. A focal point may ask it only for figures about its own State alone (its profile, trends?state=own); elsewhere 403 PENDING_FIGURES_OWN_STATE_ONLY. */
                include?: "submitted";
                /** @description Reproduce the figures as they stood at this time (from the version history). Default: now. */
                asOf?: string;
                /** @description Language of the document (its frame, labels and dates) and of the texts in it (else English, else the source language; textLanguage says which) */
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
                format?: "docx" | "pdf" | "md";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                    "application/pdf": Blob;
                    "text/markdown; charset=utf-8": string;
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SummariesController_trends: {
        parameters: {
            query?: {
                /** @description Also count submitted and under-review reports (labelled "accepted_and_submitted"). Default: accepted reports only. A focal point may ask it only for figures about its own State alone (its profile, trends?state=own); elsewhere 403 PENDING_FIGURES_OWN_STATE_ONLY. */
                include?: "submitted";
                /** @description Reproduce the figures as they stood at this time (from the version history). Default: now. */
                asOf?: string;
                format?: "json" | "csv" | "xlsx" | "pdf";
                /** @description Language of the document (its frame, labels and dates) and of the texts in it (else English, else the source language; textLanguage says which) */
                lang?: "ar" | "en" | "es" | "fr" | "ru" | "zh";
                /** @description Narrow to one recommendation */
                recommendation?: string;
                /** @description Narrow to one State (a focal point: its own only) */
                state?: string;
                /** @description Narrow to the recommendations of one theme */
                theme?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON; with ?format=csv|xlsx|pdf the same figures as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendsDto"];
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/pdf": Blob;
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Authenticated but not allowed
             *
             *     Authenticated but not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompilationController_get: {
        parameters: {
            query?: {
                groupBy?: "session" | "theme";
                /** @description Language of the texts (falls back to English, then to the source language, marked) */
                lang?: string;
                format?: "json" | "md" | "pdf" | "xlsx" | "docx";
                /** @description Only this session (number) */
                session?: number;
                /** @description Only recommendations with this theme */
                theme?: string;
                /** @description Only paragraphs linked (suggested or confirmed, at any level) to this article */
                article?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompilationDto"];
                    "text/markdown; charset=utf-8": components["schemas"]["CompilationDto"];
                    "application/pdf": components["schemas"]["CompilationDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["CompilationDto"];
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": components["schemas"]["CompilationDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MfaController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaStatusDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MfaController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeOrRecoveryDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Authenticated but not allowed
             *
             *     Authenticated but not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MfaController_enrol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnrolmentDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MfaController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MfaController_regenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MfaController_loginMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaLoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description wg4_refresh=<refresh token>; Path=/api/auth; Max-Age=<until refreshExpiresAt>; HttpOnly; SameSite=Strict (+ Secure over HTTPS). Not set with an MFA challenge. */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MfaController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Authenticated but not allowed
             *
             *     Authenticated but not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JobsController_failed: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FailedJobDto"][];
                        /** Format: int32 */
                        total: number;
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        limit: number;
                    };
                };
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JobsController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json with field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
