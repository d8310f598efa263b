<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Account</name>
    <message>
        <source>Account names use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (1 to 64 characters, starting with a letter or digit); got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys are kept only in the OS keychain. AgentDesk shows at most their first and last four characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the provider&apos;s public API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionReason</name>
    <message>
        <source>Copilot is waiting for you: answer on the pull request on GitHub (mention @copilot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin is blocked and waiting for your reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin is waiting for your reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin waits for approval of an action; approve it in the Devin web app (its API has no approval call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules drafted a plan and waits for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules is waiting for your reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hid from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showed in the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced an account&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a worker route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a worker route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the webhook key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent failing checks to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a review to the agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copilot</name>
    <message>
        <source>Pull request #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message numerus="yes">
        <source>(Gave up after %n attempt(s).)</source>
        <translation>
            <numerusform>(Gave up after %n attempt.)</numerusform>
            <numerusform>(Gave up after %n attempts.)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2 redirected the request to %3. AgentDesk never sends credentials to another host; check the account&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 sent an answer larger than %3 MB; AgentDesk stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 did not finish answering within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 did not answer within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the answer from %2 broke off before its end (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: cannot reach %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider asks to wait %1 s; AgentDesk gives up rather than wait that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 answered HTTP %3 with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 answered HTTP %3 with %4, not the JSON it should send (%5 at byte %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body that does not parse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository URL, e.g. https://github.com/owner/repo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;mpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the agent do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pull request when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for my approval of the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>The platform no longer accepts this sign-in (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was refused in the browser (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorActions</name>
    <message>
        <source>also upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Google Jules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI Codex Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor Cloud Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Copilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderAdapter</name>
    <message>
        <source>%1 has no plan approval step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept follow-up messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no way to stop a task through its API; stop it in the provider&apos;s web app if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no way to delete a task upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot list repositories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan waiting for approval (the task is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task has ended (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… %1 more characters not kept]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>AgentDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform session is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when something needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not disturb (count only, no notifications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also notify when a task is &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a running task as &amp;maybe stuck after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min (0 = never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;running tasks every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check tasks &amp;waiting for you every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimized to the &amp;tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps AgentDesk running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only route&apos;s agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lease length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen for &amp;webhooks on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to the Agent Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgentDesk opens your browser to sign in. The tokens the platform gives back are kept only in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://platform.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: where the sign-in server lives, if not at the platform URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: only for a confidential client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerPanel</name>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take queued sessions from the agent platform and run them as provider tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take no new sessions; running ones continue upstream and resume on the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and &amp;hand back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and release every claimed session so another worker can take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the headless worker running on this computer (agentdeskctl worker run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent webhook deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerStore</name>
    <message>
        <source>No route for agent &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim on %1 cannot be read: its phase &quot;%2&quot; is unknown to this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route of agent %1 names the unknown provider &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction for the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 has the unknown kind &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk</name>
    <message>
        <source>A repository URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL; use the form https://github.com/owner/repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository URL must start with https:// or http:// (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository URL must name an owner and a repository, like https://github.com/owner/repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid branch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable names must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable names must not be empty (in &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the provider rejected the credentials (%2). Check the account&apos;s API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: not found upstream (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the provider is rate limiting requests (%2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: conflict (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the provider had a server error (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the request was refused (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored in the keychain for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). AgentDesk keeps keys only in the keychain: start a Secret Service such as gnome-keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task with id %1. `agentdeskctl task list` shows the known tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain works but holds no key for account &quot;%1&quot;. Enter the key again with `agentdeskctl account edit %1 --key-stdin` or in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of account &quot;%1&quot; is in a locked keyring. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a NUL character at position %2; providers would cut it off there. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains the control character U+%2 at position %3. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt file %1 is not UTF-8 text: the byte at offset %2 (0x%3) does not belong there. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt file %1 contains a NUL byte at offset %2; it does not look like text. Remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an HTTP request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request head is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request line is not METHOD TARGET HTTP/1.x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are spoken here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request target must be a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request target is not a valid path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header field has no valid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/1.1 request needs a Host header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding and Content-Length together are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Length is not one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked (%1). Unlock your keyring (log in to your desktop session, or open your keyring app and unlock it), then retry. Your keys are still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked (%1). Unlock your keyring, then retry. Your keys are still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain could not be used (%1). AgentDesk keeps keys only in the keychain: make sure a Secret Service such as gnome-keyring is running, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; cannot be read: its provider &quot;%2&quot; is unknown to this version of AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported by this build of AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Codex login at %1 (%2). Run `codex login` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no ChatGPT login (tokens.access_token and tokens.account_id). Sign in with `codex login` using ChatGPT, not an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a Codex login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1: code changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session timed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was stopped on GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on branch %1 (from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copilot reported the task as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor reported an error for this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cursor agent expired before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin suspended the session (%1); it cannot go on until that is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin suspended the session (%1); send a message to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Devin session expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (branch %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are done, open a pull request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 cannot be read: its %2 &quot;%3&quot; is unknown to this version of AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists; edit it, or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; is being added right now (by another AgentDesk window or command); pick another name, or wait and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation of the account name &quot;%1&quot; is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ACU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 premium request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 premium requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::AccountService</name>
    <message>
        <source>The API key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;. `agentdeskctl account list` shows the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be an http(s) URL such as https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported by this build of AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (experimental)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::AccountTroubleBanner</name>
    <message>
        <source>Account problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rejects its key since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be reached since %2; its tasks may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more account(s).</source>
        <translation>
            <numerusform>… and %n more account.</numerusform>
            <numerusform>… and %n more accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The keyring is locked.&lt;/b&gt; AgentDesk asked once and reads no keys until you unlock it; unlock it, then Retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::AccountsDialog</name>
    <message>
        <source>ChatGPT account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my Codex CLI &amp;login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the key (cog_ = v3, apk_ = v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v0 (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your Codex login; press Add to keep it in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(short key, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key in keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keychain unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex Cloud needs the ChatGPT account id; use your Codex CLI login or paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; and delete its key from the keychain? Tasks made with it stay, but can no longer be synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the access token and account id of the ChatGPT login your Codex CLI keeps ($CODEX_HOME/auth.json or ~/.codex/auth.json) — nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex Cloud has no local login to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keyring locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;: the key works and is in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks started in the provider&apos;s own app, CLI or IDE join the list; how far back to look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of the last 30 days (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started &amp;elsewhere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>last day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ActivityDelegate</name>
    <message>
        <source>   (exit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n more line</numerusform>
            <numerusform>… %n more lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ActivityMirror</name>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is waiting for input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 task was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 task failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::ActivityModel</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::AttentionModel</name>
    <message>
        <source>The plan is waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is waiting for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Maybe stuck: no new activity for %n minute(s).</source>
        <translation>
            <numerusform>Maybe stuck: no new activity for %n minute.</numerusform>
            <numerusform>Maybe stuck: no new activity for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in expired: sign in again so the worker can keep taking sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable: unlock it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker lost its claim on this session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 % spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks failed on the pull request: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer asked for changes on the pull request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::AttentionPresenter</name>
    <message>
        <source>&lt;b&gt;Maybe stuck:&lt;/b&gt; no new activity since %1. &lt;a href=&quot;message&quot;&gt;Send a message&lt;/a&gt; · &lt;a href=&quot;cancel&quot;&gt;Cancel upstream&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::AuditDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::AuditModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::Cli</name>
    <message>
        <source>--api-version applies to devin and cursor-cloud only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-version for %1 is one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tasks started elsewhere (the provider&apos;s app, CLI, IDE) to show: all, none, or those of the last DAYS days (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--adopt is all, none or a number of days (1 to 3650), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped (it adopts no tasks, or its provider cannot list them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 listed, %3 adopted, %4 changed, %5 gone upstream%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetching the activities of %n adopted task(s)…</source>
        <translation>
            <numerusform>Fetching the activities of %n adopted task…</numerusform>
            <numerusform>Fetching the activities of %n adopted tasks…</numerusform>
        </translation>
    </message>
    <message>
        <source>Account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the provider&apos;s API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version: v1 or v3 for devin (default: from the key), v0 or v1 for cursor-cloud (default v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codex-cloud: the ChatGPT account id to send with the pasted token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codex-cloud: take the token and account id from your Codex CLI login (~/.codex/auth.json, or $CODEX_HOME). Nothing else is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codex-cloud: read this auth.json instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account without trying the key against the provider first (offline); its tasks are adopted with the next `account sync`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add takes one PROVIDER (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add needs --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account-id, --from-codex-login and --codex-auth apply to codex-cloud only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codex-cloud needs --from-codex-login, or --account-id ID with the token on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key on standard input. Pipe it in, e.g. `agentdeskctl account add jules --name work &lt; key.txt`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no local login to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the login of your Codex CLI from %1 (access token and account id only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: add it without the check with --no-check when the provider cannot be reached now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 account &quot;%2&quot;; its key is in the OS keychain%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a new API key from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the provider&apos;s own endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devin v1|v3, cursor-cloud v0|v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not try the changed account against the provider first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account edit takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --base-url or --default-url, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;. `agentdeskctl account list` shows the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(short key, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key in keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keyring locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keychain unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts. Add one with `agentdeskctl account add PROVIDER --name NAME`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every task (archived ones too) instead of what changed since the last sync; tasks the provider no longer has are marked gone upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account (default: every account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account sync takes at most one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account remove takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1. See `agentdeskctl --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See `agentdeskctl --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: agentdeskctl %1 SUBCOMMAND

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;. See `agentdeskctl %1 --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  GONE UPSTREAM since </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  NEEDS YOU: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Title:    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Repo:     </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Account:  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Origin:   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started elsewhere (adopted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, archived upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Upstream: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  PR:       </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Summary:  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Error:    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Created:  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Updated: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Activities (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 support is experimental: it uses an unofficial API that may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db check takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1 yet; it is created on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok; schema %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: DAMAGED (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup over it (with AgentDesk closed), or move it away to start with an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept next to it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client id of AgentDesk on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery base, if not the platform address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace (default: current).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes to ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open a browser: print the address and wait for the redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a confidential client&apos;s secret from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS without an answer (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform login needs --url with the platform&apos;s http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform login needs --client-id: the id the platform gave AgentDesk when it was registered as an OAuth app (ask your platform&apos;s administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issuer must be an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your browser to sign in. If it does not open, visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 on %2 (workspace %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform logout takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out; the tokens were revoked where the platform allows it and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform status takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. `agentdeskctl platform login --url URL --client-id ID` signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt; on %3, workspace %4; access token valid until %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources list needs --provider (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one task ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent should do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the prompt from a file (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pull request when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for plan approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable for the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devin: stop after N ACUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devin: tag the session (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cursor-cloud: the model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codex-cloud: attempts to run (1-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codex-cloud: the environment id (default: the one matching --repo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; put the prompt in --prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task create needs --provider (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task create needs --repo URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --prompt TEXT and --prompt-file F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the prompt file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt file %1 is %2 bytes; a prompt is at most %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks started here (agentdesk) or elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include hidden tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task list takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--origin is agentdesk or elsewhere, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs you: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task with id %1. `agentdeskctl task list` shows the known tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every task that has not ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task sync takes one task ID or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active tasks to sync.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  needs you: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan approved; the task is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task message takes a task ID and the TEXT (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent; the task is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled upstream; the task is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task at the provider too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 here and upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 here; it still exists upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hid %1; `task list --hidden` still shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent to work for (default: the only route&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker&apos;s name on the platform (default: the host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions at once (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease length, 1..900 (default 900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook listener address (default 127.0.0.1:8787).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not listen for webhooks; poll only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate: serve webhooks over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private key for --tls-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker run takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT, such as 127.0.0.1:8787.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM (RSA keys are supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pass --agent ID (routes exist for %n agent(s)).</source>
        <translation>
            <numerusform>Pass --agent ID (routes exist for %n agent).</numerusform>
            <numerusform>Pass --agent ID (routes exist for %n agents).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another worker is already running on this data directory (pid %1). Stop it first, or watch it with `agentdeskctl worker status --follow`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no route for agent %1: its sessions will be released. Add one with `agentdeskctl worker route add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the agent platform. Run `agentdeskctl platform login` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>webhook … and %n more delivery(s)</source>
        <translation>
            <numerusform>webhook … and %n more delivery</numerusform>
            <numerusform>webhook … and %n more deliveries</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no live feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>attached to worker %1 (pid %2): %3, %n open claim(s)</source>
        <translation>
            <numerusform>attached to worker %1 (pid %2): %3, %n open claim</numerusform>
            <numerusform>attached to worker %1 (pid %2): %3, %n open claims</numerusform>
        </translation>
    </message>
    <message>
        <source>worker %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to the running worker&apos;s live feed and print its events until it stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker status takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heartbeat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open claims: %1 · outbox: %2 · webhook events seen: %3 · routes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider account to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A further repository sessions may target (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require plan approval in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker route add needs --agent, --provider, --account and --repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of agent %1 run at %2 (account %3) on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routes. `agentdeskctl worker route add --agent ID --provider P --account NAME --repo URL` adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker route remove takes the agent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker route takes add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker webhook-key takes &quot;set&quot; (the key is read from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook key (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook key saved in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker still holds claims; run it once more to finish or release them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the worker registration; the next `worker run` registers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook key on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument %1%2 is not UTF-8 text: the byte at offset %3 (0x%4) does not belong there. Pass it as UTF-8 (a prompt can also come from a UTF-8 file with --prompt-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (after %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: agentdeskctl [--data-dir DIR] [--timeout SECONDS] COMMAND SUBCOMMAND [OPTIONS]

Console for cloud coding agents (Google Jules, Devin, Cursor Cloud Agents, OpenAI Codex Cloud, GitHub Copilot).

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 task(s) synced; they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; what was adopted is kept, the rest comes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --data-dir DIR   Keep data in DIR (or set AGENTDESK_DATA_DIR).
  --timeout SECONDS  Give up on a provider or the platform after this long per request, retries included (default 60).
  --help           Show this help; `agentdeskctl COMMAND --help` shows a command&apos;s help.
  --version        Show the version.

Exit codes: 0 ok, 2 usage or validation, 3 not found, 4 provider or network error, 5 auth or keychain, 6 local storage (the database or the data directory), 7 refused by a budget, 130 stopped by Ctrl+C or SIGTERM (what was done is kept).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Cost:     </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  (%n estimated)</source>
        <translation>
            <numerusform>  (%n estimated)</numerusform>
            <numerusform>  (%n estimated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 over %n task(s) (%2)</source>
        <translation>
            <numerusform>Total: %1 over %n task (%2)</numerusform>
            <numerusform>Total: %1 over %n tasks (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) have no price and are not in the dollar total; set one with `agentdeskctl price set`.</source>
        <translation>
            <numerusform>%n figure has no price and is not in the dollar total; set one with `agentdeskctl price set`.</numerusform>
            <numerusform>%n figures have no price and are not in the dollar total; set one with `agentdeskctl price set`.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks created on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per task (default), account, provider or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes task, account, provider or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall budget, across every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usd, or the account&apos;s unit: acu, tokens, premium_requests, credits, tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn, block (refuse new tasks; the default) or stop (block, and cancel running tasks where the provider can).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget set takes an account NAME or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget set needs --limit with a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget set needs --unit: usd, acu, tokens, premium_requests, credits or tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget set needs --period day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-limit takes warn, block or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget set: %1 a %2 for %3; on limit: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budgets. `agentdeskctl budget set` adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget remove takes an account NAME or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acu, tokens, premium_requests, credits or tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dollars per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jules, devin, codex-cloud, cursor-cloud, copilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price set takes one PROVIDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price set needs --unit: acu, tokens, premium_requests, credits or tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price set needs --usd with a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price set: %1 per %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ci-fix is off, ask or auto, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ci-fix-rounds takes a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a task&apos;s pull request fails its checks: off, ask (a needs-you item with a one-click send; the default) or auto (send the failure to the agent without asking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N rounds sent back per pull request (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give --key-stdin, --base-url, --default-url, --api-version, --adopt, --ci-fix or --ci-fix-rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (not read from GitHub yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1, checks %2, review %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    failing: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: the pull request was not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pull request: checks %1, review %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what would be sent; send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would send (%1), nothing sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as a comment on the pull request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the agent as a follow-up on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the failing checks of the task&apos;s pull request, with their log&apos;s last lines, to the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changes a reviewer asked for on the task&apos;s pull request to the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session takes no more messages: sent as the new task %1, on the pull request&apos;s branch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::CloudEvent</name>
    <message>
        <source>Binary-mode CloudEvents must carry a JSON body (Content-Type application/json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected application/cloudevents+json, or a binary-mode CloudEvent with a JSON body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CloudEvents 1.0 envelope (specversion &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CloudEvent lacks id, type or source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::CodexAdapter</name>
    <message>
        <source>Codex Cloud has no plan approval step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: list environments (experimental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: find the environment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Codex environment matches %1. Create one in Codex (chatgpt.com/codex), or pick one of `agentdeskctl sources list --provider codex-cloud` with --codex-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several Codex environments match %1: %2. Choose one with --codex-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: create task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: create task answered without a task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: get task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: follow-up (experimental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: cancel (experimental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: archive (experimental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: get task answered without a task id; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: get the other attempts (experimental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: list tasks (experimental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex: check the login (experimental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ChatGPT login works for Codex Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an action or a task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command or task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::CopilotAdapter</name>
    <message>
        <source>GitHub&apos;s agent tasks API takes no follow-up messages. To give Copilot more to do (or answer it), comment on its pull request on GitHub and mention @copilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s agent tasks API cannot stop a task. Stop it on github.com (Copilot ▸ Agents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s agent tasks API cannot delete or archive a task; archive it on github.com. Deleting it here removes it from AgentDesk only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copilot has no plan approval step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: check the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: read agent tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works for %1 and may read agent tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copilot works on GitHub repositories: %1 is not one (https://github.com/OWNER/REPO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copilot: start a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copilot: start a task answered without a task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copilot: get task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copilot: get task answered without a task id; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: get repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: find the pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copilot: list tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: list repositories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::CoreContext</name>
    <message>
        <source>The database %1 has no profile id; it was not created by this version of AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::CredentialResolver</name>
    <message>
        <source>No account named &quot;%1&quot;. `agentdeskctl account list` shows the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; belongs to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 account is set up. Add one with `agentdeskctl account add %2 --name NAME` or in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are several %1 accounts (%2); choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::CursorAdapter</name>
    <message>
        <source>Cursor has no plan approval step; continue with a follow-up message instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor is still working on the previous message (only one run per agent may be active). Wait for it to finish or cancel it, then send the message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cursor run has already ended; there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: launch agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: launch agent answered without an agent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: get agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: get conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: get run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: run stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: send follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Cursor run is known for this task yet; refresh it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: stop agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: delete agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: list repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: get agent answered without an agent id; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: the follow-up was accepted, but the answer named no run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: list agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: check the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor: get usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer AgentDesk (schema %2, this version knows %3). Upgrade AgentDesk; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 is a file, not a directory. Move that file away, or choose another place with --data-dir (or AGENTDESK_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1 (check that its parent exists and is writable), or choose another place with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 is read-only for you: AgentDesk needs to write its database there. Make it writable, or choose another place with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). AgentDesk has not changed it. Restore it from a backup%3, or move it away to start with an empty one; `agentdeskctl db check` shows what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the newest AgentDesk kept is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (journal mode &quot;%2&quot;), which AgentDesk needs so the window, the command line and the worker can share it. Keep the data directory on a local file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start upgrading %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed (%3); it was left at schema %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: the version could not be recorded (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the upgrade of %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another AgentDesk process (%1, pid %2) is upgrading the database %3 and has not finished in %4 s. Wait for it, or stop it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::DevinAdapter</name>
    <message>
        <source>Devin has no plan approval call in its API; when it waits for approval, answer in the Devin web app or send it a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin has no delete; cancel terminates a session upstream, and delete here removes it from AgentDesk only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin&apos;s API cannot list repositories; type the repository URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin: identify the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin: GET /v3/self named no organisation for this key; use a service-user token (cog_…) of an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin: create session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin: create session answered without a session_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin: get session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin: list messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin: send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin: terminate session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin: get session answered without a session_id; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin: list sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devin: check the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works (Devin API v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works: %1 of organisation %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::GitHubAdapter</name>
    <message>
        <source>GitHub: read pull request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: read the checks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: read the commit statuses of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: read the reviews of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: read the review comments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GitHub account reads the pull requests of the agents&apos; tasks; it runs no tasks. Start the task with one of the agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: check the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: read the log of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: the log of job %1 redirected nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: download the log of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::HttpConnection</name>
    <message>
        <source>The request did not arrive in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listener does not serve that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunked body is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::JulesAdapter</name>
    <message>
        <source>Jules has no upstream cancel: its API offers no way to stop a session. Stop it in the Jules web app, or delete the task here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules: list sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository %1 is not connected to Jules for account &quot;%2&quot;. Install the Jules GitHub app for it at jules.google.com, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules: create session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules: create session answered without a session id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules: get session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules: list activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules: approve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules: send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules: delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules: check the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works; no repository is connected to Jules yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works and reaches connected repositories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules: get session answered without a session id; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jules: list sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer in time. It is probably locked and waiting for an unlock prompt: unlock your keyring, then retry. Your keys are still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (log in to your desktop session, or open your keyring app and unlock it), then retry. Your keys are still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::Ledger</name>
    <message>
        <source>Refused: the ACU budget of account &quot;%1&quot; has less than one ACU left. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: Devin Core plan, $2.25 per ACU (Cognition pricing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: GitHub, $0.04 per premium request beyond the plan (GitHub billing docs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: GitHub AI Credits, $0.01 each since 2026-06-01 (GitHub billing docs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the overall budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget of account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 a %3, on limit: %4): %5 spent since %6; it resets %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by %1. Nothing was sent. Raise it with `agentdeskctl budget set` or wait for the reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::LedgerStore</name>
    <message>
        <source>set by the operator on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::LoopbackRedirectListener</name>
    <message>
        <source>The sign-in callback must be a GET request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is served here except the sign-in callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the sign-in AgentDesk is waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::MainWindow</name>
    <message>
        <source>AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;dit Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n needs you</numerusform>
            <numerusform>%n need you</numerusform>
        </translation>
    </message>
    <message>
        <source>AgentDesk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgentDesk keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will tell you when a task needs you. Quit from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Task That Needs You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Hidden Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;One console for your coding agents&lt;/h3&gt;&lt;p&gt;AgentDesk sends tasks to Google Jules, Devin, Cursor, OpenAI Codex and GitHub Copilot, and shows every task they run — started here or anywhere else — in one live list. It tells you when one needs you.&lt;/p&gt;&lt;p&gt;Start by adding a provider account: its key stays in your system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs you right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routes and Webhook Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::NewTaskDialog</name>
    <message>
        <source>&amp;Send task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum ACUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex Cloud support is experimental: it uses the unofficial backend of the Codex CLI with your own Codex login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;ACUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attem&amp;pts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex en&amp;vironment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex Cloud opens pull requests from its own web app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider has no plan approval step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Accounts to add a provider account; this draft stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider account is set up yet: add one first (Add Account…); what you typed here stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (experimental)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::NotificationRouter</name>
    <message>
        <source>Needs you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) need you</source>
        <translation>
            <numerusform>%n task needs you</numerusform>
            <numerusform>%n tasks need you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n task failed</numerusform>
            <numerusform>%n tasks failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) done</source>
        <translation>
            <numerusform>%n task done</numerusform>
            <numerusform>%n tasks done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::Notifier</name>
    <message>
        <source>Approve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::OAuthClient</name>
    <message>
        <source>Sign-in: discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: token exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token answer held no access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: user info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out: revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::PaletteModel</name>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, unavailable: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::PkceLogin</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). Start the sign-in again.</source>
        <translation>
            <numerusform>No answer came back from the browser within %n minute. Start the sign-in again.</numerusform>
            <numerusform>No answer came back from the browser within %n minutes. Start the sign-in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::PlatformClient</name>
    <message>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::PlatformConfig</name>
    <message>
        <source>The platform URL must be an http(s) address, such as https://platform.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID the platform registered for AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer must be an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a workspace, or &quot;current&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::PlatformSession</name>
    <message>
        <source>The sign-in for %1 is gone from the keychain. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the agent platform. Run `agentdeskctl platform login` or use Sign In.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the platform sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another AgentDesk process has been refreshing the platform sign-in for too long; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::PlatformStatus</name>
    <message>
        <source>&amp;Sign In to Platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out of Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: &lt;a href=&quot;signin&quot;&gt;sign in&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to an agent platform. The worker needs a signed-in platform account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. The access token is renewed automatically (current one valid until %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: &lt;a href=&quot;signin&quot;&gt;&lt;b&gt;sign in again&lt;/b&gt;&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: keychain locked — &lt;a href=&quot;retry&quot;&gt;retry&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Platform Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1? AgentDesk revokes its tokens and deletes them from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::ProfileSecretStore</name>
    <message>
        <source>The keychain holds no entry for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::ProviderAdapter</name>
    <message>
        <source>%1 does not accept environment variables through its API (with this account&apos;s API version); remove them or pick another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be asked for a pull request when the task is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support the option &quot;%2&quot;%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it supports: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL ends in /%1, but this %2 account uses %3. Type %4 (AgentDesk adds the version), or pick the API version that matches the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the provider listed more than %2 entries; AgentDesk stopped reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot list its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::PullRequestService</name>
    <message>
        <source>Check &quot;%1&quot; failed (%2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for changes%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull request was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull request was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull request was closed without merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s pull request address %1 is not a GitHub pull request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GitHub account can read pull requests on %1. Add one: `agentdeskctl account add github --name NAME` with a token on standard input (or File ▸ Accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task has no pull request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull request has not been read from GitHub yet: sync the task first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull request is %1: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check is failing on the pull request (checks: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer has asked for changes on the pull request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failures back is off for account &quot;%1&quot; (agentdeskctl account edit %1 --ci-fix ask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent for commit %1 on %2: nothing sent. A new commit with failures can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent for commit %1: nothing sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This pull request had its %n round(s) already: nothing sent. Raise them with `agentdeskctl account edit %1 --ci-fix-rounds N`.</source>
        <translation>
            <numerusform>This pull request had its %n round already: nothing sent. Raise them with `agentdeskctl account edit %1 --ci-fix-rounds N`.</numerusform>
            <numerusform>This pull request had its %n rounds already: nothing sent. Raise them with `agentdeskctl account edit %1 --ci-fix-rounds N`.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 round %2 for commit %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the agent (%1):
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::SessionMirror</name>
    <message>
        <source>Took over the %1 task started under an earlier claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing the %1 task %2 started under an earlier claim of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over %1 task %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the %1 task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim ended while %1 task %2 was being created; it keeps running there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 task created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running as %1 task %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker stopped while creating the provider task, and %1 could not be searched for it (%2). Check the provider for a task that may have started, then retry the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task was started before the restart; creating it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker stopped while creating the provider task and found no such task among the newest ones at %1. Check the provider, then retry the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the %1 task started before the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 task %2 started before the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is gone from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another claim holds the session now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded operator input %1 to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::SignInDialog</name>
    <message>
        <source>&amp;Sign In in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the platform&apos;s sign-in server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser. If no browser opened, copy this address into one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::SseStream</name>
    <message>
        <source>%1: the stream from %2 broke (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sent an event larger than %3 MB; the stream was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sent nothing for %3 s; the stream was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskActions</name>
    <message>
        <source>&amp;Approve Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Upstream…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Pull Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide From List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden; View ▸ Show Hidden Tasks shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for tasks started elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for tasks started elsewhere (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) started elsewhere added.</source>
        <translation>
            <numerusform>%n task started elsewhere added.</numerusform>
            <numerusform>%n tasks started elsewhere added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimental: %1 is reached through an unofficial API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task has no pull request yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &quot;%1&quot; at %2? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from AgentDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete it at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting. The provider may still carry it out; the timeline will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is being waited for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Stop Waiting: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Failure to the Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Re&amp;view to the Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send failure to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send review to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as a comment on the pull request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the agent as a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session takes no more messages: sent as a new task on the pull request&apos;s branch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskAdoption</name>
    <message>
        <source>every task started elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tasks started elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tasks started elsewhere in the last %n day(s)</source>
        <translation>
            <numerusform>tasks started elsewhere in the last day</numerusform>
            <numerusform>tasks started elsewhere in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer listed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskDetailView</name>
    <message>
        <source>Select a task to see its timeline.
Press Ctrl+N to send a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the agent… (Ctrl+Enter sends, Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n check failed</numerusform>
            <numerusform>%n checks failed</numerusform>
        </translation>
    </message>
    <message>
        <source>checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks failed on the pull request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send failure to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewer asked for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send review to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls it %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskFilterBar</name>
    <message>
        <source>Search tasks (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks sent from AgentDesk, or adopted from the providers&apos; own apps (marked ↗)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tasks waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only Tasks That Need You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only Failed Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only Tasks Started Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only %1 Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Tasks (Clear Filters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskListModel</name>
    <message>
        <source>Needs you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ↗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started elsewhere (in %1&apos;s own app, CLI or IDE) and adopted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, needs you: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be out of date: its account (%1) cannot be reached or rejects its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by %1 for this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate: %1 does not report this task&apos;s figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read from GitHub yet (a GitHub account reads it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you: the pull request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone upstream: the provider no longer has it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskListView</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskService</name>
    <message>
        <source>The task was never created upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was created upstream (%1 %2) but could not be saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has this task (gone upstream since %2); only deleting it here is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot list its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent, but recording it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was stopped upstream, but recording it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskStore</name>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the change journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::Transaction</name>
    <message>
        <source>Cannot start writing to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish writing to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::TrayIcon</name>
    <message>
        <source>&amp;Show AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>AgentDesk — %n task(s) need you</source>
        <translation>
            <numerusform>AgentDesk — %n task needs you</numerusform>
            <numerusform>AgentDesk — %n tasks need you</numerusform>
        </translation>
    </message>
    <message>
        <source>AgentDesk — nothing needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more in the window</source>
        <translation>
            <numerusform>… %n more in the window</numerusform>
            <numerusform>… %n more in the window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::WebhookDeliveryModel</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WebhookReceiver</name>
    <message>
        <source>Cannot listen for webhooks on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or wrong X-One-Webhook-Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks are POSTed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already received; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks are served at /webhook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WindowDialogs</name>
    <message>
        <source>Sent %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>Exported %n task to %1.</numerusform>
            <numerusform>Exported %n tasks to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::Worker</name>
    <message>
        <source>No agent to work for: pass --agent or add a route first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform rejected the saved worker %1. Reconfigure it with `agentdeskctl worker forget`, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1 is running for agent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the claim on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker is stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed %1 (lease %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled the provider task upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot cancel upstream; the task keeps running there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the claim: it is no longer this worker&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping and handing sessions back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker stopped before starting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator stopped the worker and handed the session back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Running sessions resume on the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lease ran out while it could not be renewed; the platform may give the session to another worker. If it comes back here, its task is taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker stopped taking work: it cannot write its records (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform gave the session to another claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled the provider task of the lost claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform gave %1 back under a new claim; the old one had run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused to end the claim (%1): %2. The claim is over here; the session is the platform&apos;s to give out again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerActions</name>
    <message>
        <source>&amp;Start Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Worker and &amp;Hand Back Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand back sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerClaimsModel</name>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1, claim %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left open (worker stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (last seen: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerController</name>
    <message>
        <source>A worker is already running on this computer; the panel is attached to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the agent platform first (File ▸ Sign In).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker has no route yet. Add one with `agentdeskctl worker route add`: it says which provider account and repository an agent&apos;s sessions run on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Routes exist for %n agents; choose which one this worker serves in Settings.</source>
        <translation>
            <numerusform>Routes exist for %n agents; choose which one this worker serves in Settings.</numerusform>
            <numerusform>Routes exist for %n agents; choose which one this worker serves in Settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>The worker stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker runs without its live feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker is starting on this data directory; the panel attaches to it when it is up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerFeedClient</name>
    <message>
        <source>No worker is running in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the worker&apos;s live feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker refused the live feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker went away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker closed the feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerFeedServer</name>
    <message>
        <source>The worker&apos;s live feed cannot listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerHost</name>
    <message>
        <source>The platform session is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker is still stopping; start it again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerLock</name>
    <message>
        <source>Another worker is already running on this data directory (%1, pid %2). Stop it first, or watch it with `agentdeskctl worker status --follow`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the worker lock %1 (check that the data directory is writable).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerPanel</name>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headless worker is running on this computer. Start one with `agentdeskctl worker run`, or press Start to run the worker here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (headless, pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last heartbeat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhooks on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open claim(s)</source>
        <translation>
            <numerusform>%n open claim</numerusform>
            <numerusform>%n open claims</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs queued agent sessions from the platform on your provider accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerPolicy</name>
    <message>
        <source>This worker has no route for agent %1; another worker may run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session asks for %1 execution; this worker runs cloud sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s target repository %1 is not in this worker&apos;s allowlist for agent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session carries no request to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by the route for agent %1: %2 account %3, repository %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerRuntime</name>
    <message>
        <source>Cannot read the webhook key from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 needs a webhook key: run `agentdeskctl worker webhook-key set` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks are taken without a key: any program on this machine can wake the worker (it still only acts on what the platform says). Set a key with `agentdeskctl worker webhook-key set`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerSetup</name>
    <message>
        <source>A route needs the agent, the account and the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 account named &quot;%2&quot;. Add it under Accounts (or with `agentdeskctl account add`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook key must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerSetupDialog</name>
    <message>
        <source>Worker Routes and Webhook Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route says which provider account, repository and options run the sessions of one platform agent. Sessions of an agent without a route are handed back. What a session&apos;s text says never changes these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agt_…, from the platform&apos;s agent page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further repositories a session may name, separated by spaces (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository&apos;s default branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;pull request when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require plan appro&amp;val in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key the platform sends in X-One-Webhook-Key (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider account first (File ▸ Accounts): a route runs sessions with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n repositories</source>
        <translation>
            <numerusform>+%n repository</numerusform>
            <numerusform>+%n repositories</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions of agent %1 now run with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the route to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the route of agent %1; its sessions are handed back from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook key saved in the OS keychain. A running worker uses it after its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdesk::workerthread::ThreadedSecretStore</name>
    <message>
        <source>The keychain is not available to the worker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
