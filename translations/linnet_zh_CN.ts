<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask anything. Your chat and the model&apos;s memory of it are saved, so you can come back to it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model in the top bar to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved state %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>The model is loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model to start chatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search chats (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Linnet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the prompt… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and resend: starts a new branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assistant&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelManagerPage</name>
    <message>
        <source>0 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full precision (fp32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half precision (bf16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-bit (int8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has %1 GB of memory · models use %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy into the models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: Linnet keeps its own copy. Off: the file stays where it is and is used from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model file you already have (.pth, .safetensors, .st or rwkv.cpp .bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Linnet needs a model to chat. For this computer we suggest &lt;b&gt;%1&lt;/b&gt;, marked below: download it, or import a file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RWKV-%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · memory: fp32 %2, bf16 %3, int8 %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits this computer in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3/s · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the part already downloaded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and delete the partial file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RWKV models (*.pth *.safetensors *.st *.bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”? Linnet&apos;s copy of the file is deleted; your conversations stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Invalid chat setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reply to regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reply to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to answer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed must be a whole number of at least 0, or empty for a random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each stop text must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system_prompt must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template must be a template id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_tokens must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy must be a text such as &quot;cpu fp32&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads must be 0 (automatic) or a whole number up to 256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown engine setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Linnet database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reports it as damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Linnet (schema %2; this version reads up to %3). Update Linnet to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside. Move it away yourself and start Linnet again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversation database could not be read (%1). It was kept as %2 and a new, empty database was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the database to version %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough disk space in %1: %2 needs %3 more, but only %4 are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: Linnet downloads only over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it ended after %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a plain file name (no folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an address that does not end with the file name &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokenizer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must end with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 (%2).ram_mb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;format&apos; must be 1 (this version of Linnet reads catalog format 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokenizer %1: the id &apos;%2&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;models&apos; must list at least one model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1: the id &apos;%2&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 (%2): the file &apos;%3&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 (%2): &apos;tokenizer&apos; names &apos;%3&apos;, which the catalog does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalog is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a model file Linnet imports (.pth, .safetensors, .st or .bin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models folder already has a file named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the copy to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported strategy &apos;%1&apos;: this build supports &quot;cpu fp32&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the model runs: precision per layer, e.g. &quot;cpu bf16&quot; or &quot;cpu bf16i8 *20 -&gt; cpu fp32&quot;. Changing it reloads the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads for the engine. 0 uses every core (at most 8). Fewer threads leave room for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply and reload the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for new chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for this chat only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomness of the reply. 0 always picks the most likely token; higher is more varied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the most likely tokens whose probabilities add up to this. Lower is more focused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only this many most likely tokens. 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop tokens much less likely than the best one (below top-a × best²). 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p-x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With top-p, also keep every token more likely than this. 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discourages tokens that already appeared in the reply, once each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discourages tokens the more often they appeared in the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast old tokens are forgiven: penalties are multiplied by this after every token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest reply, in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same reply. Leave empty for a new random seed every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply also ends at any of these texts, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions the model reads before the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the conversation is written for the model. Automatic picks the one the model was trained with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset this chat to the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the system at start; switch it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window. Changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Linnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick, download or import a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RWKV-%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linnet::app::CatalogStore</name>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a model catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the catalog from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the catalog in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linnet::app::DownloadTask</name>
    <message>
        <source>There is no address to download %1 from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the %1 downloaded earlier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the request to continue at byte %1 with the range &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers a different file (SHA-256 %2) than the one expected (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers a file of %2 bytes, but %3 bytes were expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than the %2 bytes expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not continue the partial file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 %3 for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 ended before the whole file arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer for %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected without saying where to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to an address Linnet does not use. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying the mirror %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 has %2 bytes, but %3 were expected. It was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file %1 is damaged: its SHA-256 is %2, but %3 gave %4. It was deleted; download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial download was kept; resume to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linnet::app::Job</name>
    <message>
        <source>No model is loaded. Choose a model first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linnet::app::ModelManager</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linnet cannot write to %1; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already being downloaded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models folder already has a file named %1; import it or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no model &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used as a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must end with .pth, .safetensors, .st or .bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was downloaded, but it is not a model Linnet can read: %2 The file was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a model file Linnet imports (.pth, .safetensors, .st or .bin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in your library as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model %1 in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1; the model stays in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linnet::app::PartialFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the finished download to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linnet::ui::AppController</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linnet::ui::ModelLibraryView</name>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linnet::ui::SettingsController</name>
    <message>
        <source>Start the chat first: per-chat settings belong to a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chat with RWKV language models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep conversations and models in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this model file at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window to this PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a panel at start: settings or models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en, vi or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
