<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Linnet</source>
        <translation>关于 Linnet</translation>
    </message>
    <message>
        <source>Linnet %1</source>
        <translation>Linnet %1</translation>
    </message>
    <message>
        <source>Desktop chat for RWKV language models, running on this computer.</source>
        <translation>在本机上运行 RWKV 语言模型的桌面聊天应用。</translation>
    </message>
    <message>
        <source>CPU path: %1</source>
        <translation>CPU 执行路径：%1</translation>
    </message>
    <message>
        <source>Qt %1: GNU Lesser General Public License v3 (LGPLv3).</source>
        <translation>Qt %1：GNU Lesser General Public License v3（LGPLv3）。</translation>
    </message>
    <message>
        <source>oneDNN %1: Apache License 2.0.</source>
        <translation>oneDNN %1：Apache License 2.0。</translation>
    </message>
    <message>
        <source>SQLite: public domain.</source>
        <translation>SQLite：公有领域（public domain）。</translation>
    </message>
    <message>
        <source>Models: RWKV models are released under the Apache License 2.0; a model you download or import keeps the licence its authors gave it.</source>
        <translation>模型：RWKV 模型以 Apache License 2.0 发布；你下载或导入的模型沿用其作者指定的许可证。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BranchActions</name>
    <message>
        <source>Duplicate from here: a new chat with the conversation up to this message</source>
        <translation>从此处复制：新建一个对话，包含截至此消息的内容</translation>
    </message>
    <message>
        <source>Save as a starting point for new chats</source>
        <translation>保存为新对话的起点</translation>
    </message>
    <message>
        <source>Delete from here: this message and every later turn</source>
        <translation>从此处删除：此消息及之后的所有轮次</translation>
    </message>
    <message>
        <source>Delete from here?</source>
        <translation>从此处删除？</translation>
    </message>
    <message>
        <source>This message, every later turn and their saved states will be deleted.
Other versions stay.</source>
        <translation>此消息、之后的所有轮次及其已保存的状态都将被删除。
其他版本会保留。</translation>
    </message>
    <message>
        <source>Save as a starting point</source>
        <translation>保存为起点</translation>
    </message>
    <message>
        <source>Name, e.g. &quot;Travel planner&quot;</source>
        <translation>名称，例如“旅行规划”</translation>
    </message>
    <message>
        <source>Starting point name</source>
        <translation>起点名称</translation>
    </message>
</context>
<context>
    <name>CatalogEntry</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>measuring speed…</source>
        <translation>正在测速…</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>%1 (address %2 of %3)</source>
        <translation>%1（第 %2 个地址，共 %3 个）</translation>
    </message>
    <message>
        <source>Trying %1 again in %2 s (attempt %3 of %4)</source>
        <translation>%2 秒后重试 %1（第 %3 次尝试，共 %4 次）</translation>
    </message>
    <message>
        <source>Connecting to %1 (attempt %2 of %3)…</source>
        <translation>正在连接 %1（第 %2 次尝试，共 %3 次）…</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>%1 bytes · SHA-256 %2</source>
        <translation>%1 字节 · SHA-256 %2</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>下载 %1</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>memory: fp32 %1, bf16 %2, int8 %3 · %4</source>
        <translation>内存：fp32 %1，bf16 %2，int8 %3 · %4</translation>
    </message>
    <message>
        <source>too large for this computer</source>
        <translation>对本机来说太大</translation>
    </message>
    <message>
        <source>fits this computer in %1</source>
        <translation>可在本机以%1运行</translation>
    </message>
    <message>
        <source>Download progress of %1</source>
        <translation>%1 的下载进度</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>已暂停于 %1</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在校验文件…</translation>
    </message>
    <message>
        <source>Checking the part already downloaded…</source>
        <translation>正在校验已下载的部分…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Cancel and delete the partial file</source>
        <translation>取消并删除未下载完的文件</translation>
    </message>
    <message>
        <source>about %1 tokens/s on this computer in %2</source>
        <translation>在本机以 %2 约每秒 %1 个词元</translation>
    </message>
    <message>
        <source>measuring this computer&apos;s speed…</source>
        <translation>正在测量本机速度…</translation>
    </message>
</context>
<context>
    <name>ChatTemplate</name>
    <message>
        <source>The stop texts must be a list of at most 8 texts.</source>
        <translation>停止文本必须是最多包含 8 个文本的列表。</translation>
    </message>
    <message>
        <source>Each stop text must be a text of 1 to 1000 characters.</source>
        <translation>每个停止文本的长度必须为 1 到 1000 个字符。</translation>
    </message>
    <message>
        <source>The user text must hold {text} once: it stands for the message.</source>
        <translation>用户文本必须恰好包含一次 {text}：它代表消息内容。</translation>
    </message>
    <message>
        <source>The system text must hold {text} once (it stands for the system prompt), or be empty.</source>
        <translation>系统文本必须恰好包含一次 {text}（它代表系统提示词），或者留空。</translation>
    </message>
    <message>
        <source>The assistant cue must not be empty: the model continues after it.</source>
        <translation>助手引导语不能为空：模型会在其后继续生成。</translation>
    </message>
    <message>
        <source>The separator must not be empty: it ends every reply.</source>
        <translation>分隔符不能为空：它用于结束每条回复。</translation>
    </message>
    <message>
        <source>The template has no text named &apos;%1&apos;.</source>
        <translation>模板中没有名为 &apos;%1&apos; 的文本。</translation>
    </message>
    <message>
        <source>Each template text must be a text of at most 1000 characters.</source>
        <translation>每个模板文本最多只能有 1000 个字符。</translation>
    </message>
    <message>
        <source>You are a helpful assistant.</source>
        <translation>你是一个乐于助人的助手。</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>你好！</translation>
    </message>
    <message>
        <source>Hi! How can I help?</source>
        <translation>你好！有什么可以帮你的？</translation>
    </message>
    <message>
        <source>Name a river.</source>
        <translation>说出一条河流的名字。</translation>
    </message>
    <message>
        <source>RWKV World / G1</source>
        <translation>RWKV World / G1</translation>
    </message>
    <message>
        <source>RWKV-4 Raven / Pile</source>
        <translation>RWKV-4 Raven / Pile</translation>
    </message>
    <message>
        <source>Question / Answer</source>
        <translation>问题 / 回答</translation>
    </message>
    <message>
        <source>Instruction / Input / Response</source>
        <translation>指令 / 输入 / 回应</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Ask anything. Your chat and the model&apos;s memory of it are saved, so you can come back to it later.</source>
        <translation>尽管问吧。对话内容和模型对它的记忆都会被保存，你可以随时回来继续。</translation>
    </message>
    <message>
        <source>Choose a model in the top bar to start.</source>
        <translation>请在顶栏中选择一个模型以开始。</translation>
    </message>
    <message>
        <source>Reading the prompt</source>
        <translation>正在读取提示词</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>saved state %1</source>
        <translation>已保存状态 %1</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>跳到最新消息</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>The model is loading…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Choose a model to start chatting</source>
        <translation>选择一个模型以开始聊天</translation>
    </message>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation>输入消息（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>停止（Esc）</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
    <message>
        <source>Think: off</source>
        <translation>思考：关闭</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Think a bit</source>
        <translation>稍加思考</translation>
    </message>
    <message>
        <source>Think a lot</source>
        <translation>深入思考</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考模式</translation>
    </message>
    <message>
        <source>Whether the model thinks before it answers (this chat)</source>
        <translation>模型是否在回答前先思考（仅当前对话）</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>正在读取</translation>
    </message>
    <message>
        <source>Attach a document (.txt, .md, .pdf): read once into the chat</source>
        <translation>附加文档（.txt、.md、.pdf）：一次性读入对话</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.pdf)</source>
        <translation>文档 (*.txt *.md *.markdown *.pdf)</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search chats (Ctrl+F)</source>
        <translation>搜索对话（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>No chat contains “%1”.</source>
        <translation>没有包含“%1”的对话。</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>还没有对话。</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>新标题</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>要删除“%1”及其所有消息吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>重置…</translation>
    </message>
    <message>
        <source>Reset conversation</source>
        <translation>重置对话</translation>
    </message>
    <message>
        <source>Clear every message of “%1” and the model&apos;s memory of them? The title and settings stay. This cannot be undone.</source>
        <translation>要清除“%1”的所有消息以及模型对它们的记忆吗？标题和设置会保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Import chats…</source>
        <translation>导入对话…</translation>
    </message>
    <message>
        <source>Actions for “%1”</source>
        <translation>“%1”的操作</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>Conversations exported from Linnet (*.json)</source>
        <translation>从 Linnet 导出的对话 (*.json)</translation>
    </message>
    <message>
        <source>Export its state…</source>
        <translation>导出其状态…</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>DocumentChip</name>
    <message numerus="yes">
        <source>Document: %1 · %n token(s) read</source>
        <translation>
            <numerusform>文档：%1 · 已读取 %n 个 token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Conversation exported</source>
        <translation>对话已导出</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 已存在，将被替换。</translation>
    </message>
    <message>
        <source>Saves %1</source>
        <translation>将保存到 %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Linnet state (.lnstate)</source>
        <translation>Linnet 状态 (.lnstate)</translation>
    </message>
    <message>
        <source>State-tuning file (.pth)</source>
        <translation>状态微调文件 (.pth)</translation>
    </message>
</context>
<context>
    <name>LocalServerSection</name>
    <message>
        <source>Local server</source>
        <translation>本地服务器</translation>
    </message>
    <message>
        <source>OpenAI-compatible API</source>
        <translation>兼容 OpenAI 的 API</translation>
    </message>
    <message>
        <source>Lets other programs on this computer use the loaded model, as they would use OpenAI&apos;s API. Listens on 127.0.0.1 only.</source>
        <translation>让本机上的其他程序像使用 OpenAI 的 API 一样使用已加载的模型。仅监听 127.0.0.1。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>还没有请求。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Linnet</source>
        <translation>Linnet</translation>
    </message>
    <message>
        <source>Drop a model file to import it</source>
        <translation>将模型文件拖放到此处即可导入</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <source>Reading the prompt… %1%</source>
        <translation>正在读取提示词… %1%</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>编辑你的消息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Edit and resend: starts a new branch</source>
        <translation>编辑并重新发送：将创建新分支</translation>
    </message>
    <message>
        <source>Regenerate this reply</source>
        <translation>重新生成此回复</translation>
    </message>
    <message>
        <source>Continue this reply</source>
        <translation>继续生成此回复</translation>
    </message>
    <message>
        <source>Assistant&apos;s message</source>
        <translation>助手的消息</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <source>Sending starts a new version: the later turns move to the current version, which the ‹ › arrows bring back.</source>
        <translation>发送后会开始一个新版本：之后的轮次会移入当前版本，可通过 ‹ › 箭头切换回来。</translation>
    </message>
</context>
<context>
    <name>MessageStats</name>
    <message>
        <source>reached the token limit</source>
        <translation>已达到 token 上限</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>已被你停止</translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 个 token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>首个 token 用时 %1 ms</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>end of reply</source>
        <translation>回复结束</translation>
    </message>
    <message>
        <source>ended at a stop text</source>
        <translation>在停止文本处结束</translation>
    </message>
</context>
<context>
    <name>MirrorFailures</name>
    <message>
        <source>No internet connection: could not reach %1.</source>
        <translation>没有网络连接：无法访问 %1。</translation>
    </message>
    <message>
        <source>%1 could not be downloaded from %2.</source>
        <translation>无法从 %2 下载 %1。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the first items of a list ending in &apos;or&apos;</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last item of a list</comment>
        <translation>%1 或 %2</translation>
    </message>
</context>
<context>
    <name>ModelManagerPage</name>
    <message>
        <source>0 MB</source>
        <translation>0 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>还剩 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>还剩 %1 分钟</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>还剩 %1 秒</translation>
    </message>
    <message>
        <source>full precision (fp32)</source>
        <translation>全精度（fp32）</translation>
    </message>
    <message>
        <source>half precision (bf16)</source>
        <translation>半精度（bf16）</translation>
    </message>
    <message>
        <source>8-bit (int8)</source>
        <translation>8 位（int8）</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>This computer has %1 GB of memory · models use %2 in %3</source>
        <translation>本机内存 %1 GB · 模型占用 %2，位于 %3</translation>
    </message>
    <message>
        <source>Copy into the models folder</source>
        <translation>复制到模型文件夹</translation>
    </message>
    <message>
        <source>On: Linnet keeps its own copy. Off: the file stays where it is and is used from there.</source>
        <translation>开启：Linnet 会保留一份自己的副本。关闭：文件留在原处，直接从原位置使用。</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Welcome! Linnet needs a model to chat. For this computer we suggest &lt;b&gt;%1&lt;/b&gt;, marked below: download it, or import a file you already have.</source>
        <translation>欢迎！Linnet 需要一个模型才能聊天。根据这台电脑的配置，我们推荐下方标出的 &lt;b&gt;%1&lt;/b&gt;：你可以下载它，也可以导入已有的文件。</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>RWKV-%1 · %2 · %3 + %4 of 4-bit weights kept for fast loading</source>
        <translation>RWKV-%1 · %2 · %3 + %4 为快速加载保留的 4 位权重</translation>
    </message>
    <message>
        <source>RWKV-%1 · %2 · %3</source>
        <translation>RWKV-%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>文件缺失：%1</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Remove this model</source>
        <translation>移除此模型</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>导入模型文件</translation>
    </message>
    <message>
        <source>RWKV models (*.pth *.safetensors *.st *.bin)</source>
        <translation>RWKV 模型 (*.pth *.safetensors *.st *.bin)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>移除模型</translation>
    </message>
    <message>
        <source>Remove “%1”? Linnet&apos;s copy of the file is deleted; your conversations stay.</source>
        <translation>要移除“%1”吗？Linnet 保存的文件副本将被删除，你的对话会保留。</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Path of a model file to import</source>
        <translation>要导入的模型文件路径</translation>
    </message>
    <message>
        <source>Add a model file you already have (.pth, .safetensors, .st or rwkv.cpp .bin). You can also drop one on the window.</source>
        <translation>添加你已有的模型文件（.pth、.safetensors、.st 或 rwkv.cpp 的 .bin）。也可以直接将文件拖放到窗口中。</translation>
    </message>
    <message>
        <source>Remote model…</source>
        <translation>远程模型…</translation>
    </message>
    <message>
        <source>Chat with a model on another computer or service through its OpenAI-compatible API</source>
        <translation>通过兼容 OpenAI 的 API 与其他电脑或服务上的模型聊天</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Check for new models</source>
        <translation>检查新模型</translation>
    </message>
    <message>
        <source>Look for official releases newer than this catalog on %1</source>
        <translation>在 %1 上查找比此模型目录更新的官方版本</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>所有系列</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>任意大小</translation>
    </message>
    <message>
        <source>Small (under 1B)</source>
        <translation>小（1B 以下）</translation>
    </message>
    <message>
        <source>Medium (1B–4B)</source>
        <translation>中（1B–4B）</translation>
    </message>
    <message>
        <source>Large (4B and up)</source>
        <translation>大（4B 及以上）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>适合本机</translation>
    </message>
    <message>
        <source>No model matches.</source>
        <translation>没有匹配的模型。</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>4-bit (bf16i4)</source>
        <translation>4 位 (bf16i4)</translation>
    </message>
    <message>
        <source>Model file to import, e.g. ~/model.pth</source>
        <translation>要导入的模型文件，例如 ~/model.pth</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Invalid chat setting: %1</source>
        <translation>无效的聊天设置：%1</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>只能编辑你自己的消息。</translation>
    </message>
    <message>
        <source>There is no reply to regenerate.</source>
        <translation>没有可重新生成的回复。</translation>
    </message>
    <message>
        <source>There is no reply to continue.</source>
        <translation>没有可继续生成的回复。</translation>
    </message>
    <message>
        <source>The message to answer no longer exists.</source>
        <translation>要回复的消息已不存在。</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 必须是数字</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>seed must be a whole number of at least 0, or empty for a random seed</source>
        <translation>seed 必须是不小于 0 的整数，留空则使用随机种子</translation>
    </message>
    <message>
        <source>stop must be a list of texts</source>
        <translation>stop 必须是文本列表</translation>
    </message>
    <message>
        <source>each stop text must be a non-empty text</source>
        <translation>每个停止文本都必须是非空文本</translation>
    </message>
    <message>
        <source>system_prompt must be a text</source>
        <translation>system_prompt 必须是文本</translation>
    </message>
    <message>
        <source>template must be a template id</source>
        <translation>template 必须是模板 ID</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation>未知的设置项 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1</source>
        <translation>max_tokens 必须至少为 1</translation>
    </message>
    <message>
        <source>strategy must be a text such as &quot;cpu fp32&quot;</source>
        <translation>strategy 必须是文本，例如 &quot;cpu fp32&quot;</translation>
    </message>
    <message>
        <source>threads must be 0 (automatic) or a whole number up to 256</source>
        <translation>threads 必须为 0（自动）或不超过 256 的整数</translation>
    </message>
    <message>
        <source>unknown engine setting &apos;%1&apos;</source>
        <translation>未知的引擎设置项 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Conversation %1 does not exist.</source>
        <translation>对话 %1 不存在。</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>对话必须有标题。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>it is not a Linnet database</source>
        <translation>不是 Linnet 数据库</translation>
    </message>
    <message>
        <source>SQLite reports it as damaged</source>
        <translation>SQLite 报告其已损坏</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Linnet (schema %2; this version reads up to %3). Update Linnet to open it.</source>
        <translation>数据库 %1 由更新版本的 Linnet 写入（架构 %2；此版本最高只能读取 %3）。请更新 Linnet 后再打开。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside. Move it away yourself and start Linnet again.</source>
        <translation>数据库 %1 已损坏（%2），且无法将其移到别处。请手动移走该文件，然后重新启动 Linnet。</translation>
    </message>
    <message>
        <source>Your conversation database could not be read (%1). It was kept as %2 and a new, empty database was started.</source>
        <translation>无法读取你的对话数据库（%1）。原文件已保留为 %2，并已新建一个空数据库。</translation>
    </message>
    <message>
        <source>Cannot save to the database: %1</source>
        <translation>无法保存到数据库：%1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to version %1 (%2): %3</source>
        <translation>无法将数据库升级到版本 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Not enough disk space in %1: %2 needs %3 more, but only %4 are free.</source>
        <translation>%1 磁盘空间不足：%2 还需要 %3，但仅剩 %4 可用。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid web address.</source>
        <translation>&apos;%1&apos; 不是有效的网址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: Linnet downloads only over HTTPS.</source>
        <translation>已拒绝 &apos;%1&apos;：Linnet 只通过 HTTPS 下载。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot read %1: it ended after %2 bytes.</source>
        <translation>无法读取 %1：在 %2 字节处意外结束。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>无法写入 %1：%2（磁盘已满？）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation>%1：&apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <source>must be a whole number greater than zero</source>
        <translation>必须是大于 0 的整数</translation>
    </message>
    <message>
        <source>must be a plain file name (no folders)</source>
        <translation>必须是单纯的文件名（不含文件夹）</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation>必须是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>must list at least one address</source>
        <translation>必须列出至少一个地址</translation>
    </message>
    <message>
        <source>has an address that does not end with the file name &apos;%1&apos;: %2</source>
        <translation>包含未以文件名 &apos;%1&apos; 结尾的地址：%2</translation>
    </message>
    <message>
        <source>tokenizer %1 (%2)</source>
        <translation>分词器 %1 (%2)</translation>
    </message>
    <message>
        <source>model %1 (%2)</source>
        <translation>模型 %1 (%2)</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>只能包含小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>must end with %1</source>
        <translation>必须以 %1 结尾</translation>
    </message>
    <message>
        <source>model %1 (%2).ram_mb</source>
        <translation>模型 %1 (%2).ram_mb</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be 1 (this version of Linnet reads catalog format 1)</source>
        <translation>&apos;format&apos; 必须为 1（此版本的 Linnet 读取格式 1 的目录）</translation>
    </message>
    <message>
        <source>tokenizer %1: the id &apos;%2&apos; is used twice</source>
        <translation>分词器 %1：ID &apos;%2&apos; 被使用了两次</translation>
    </message>
    <message>
        <source>&apos;models&apos; must list at least one model</source>
        <translation>&apos;models&apos; 必须列出至少一个模型</translation>
    </message>
    <message>
        <source>model %1: the id &apos;%2&apos; is used twice</source>
        <translation>模型 %1：ID &apos;%2&apos; 被使用了两次</translation>
    </message>
    <message>
        <source>model %1 (%2): the file &apos;%3&apos; is used twice</source>
        <translation>模型 %1 (%2)：文件 &apos;%3&apos; 被使用了两次</translation>
    </message>
    <message>
        <source>model %1 (%2): &apos;tokenizer&apos; names &apos;%3&apos;, which the catalog does not list</source>
        <translation>模型 %1 (%2)：&apos;tokenizer&apos; 指定了 &apos;%3&apos;，但目录中没有列出它</translation>
    </message>
    <message>
        <source>The model catalog is not valid: %1</source>
        <translation>模型目录无效：%1</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a model file Linnet imports (.pth, .safetensors, .st or .bin).</source>
        <translation>%1 不是 Linnet 可导入的模型文件（.pth、.safetensors、.st 或 .bin）。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>The models folder already has a file named %1.</source>
        <translation>模型文件夹中已有名为 %1 的文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>A copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>Cannot move the copy to %1.</source>
        <translation>无法将副本移动到 %1。</translation>
    </message>
    <message>
        <source>tuned_state must be the path of a state-tuned file, or empty</source>
        <translation>tuned_state 必须是状态微调文件的路径，或留空</translation>
    </message>
    <message>
        <source>A tuned state is set for one chat, not as a default.</source>
        <translation>微调状态只能为单个对话设置，不能设为默认值。</translation>
    </message>
    <message>
        <source>template_fields must be an object of template texts</source>
        <translation>template_fields 必须是由模板文本组成的对象</translation>
    </message>
    <message>
        <source>think must be one of: %1, or empty for the model&apos;s default</source>
        <translation>think 必须是以下之一：%1，留空则使用模型的默认值</translation>
    </message>
    <message>
        <source>Cannot take the turn lock %1 of this conversation (error %2).</source>
        <translation>无法获取此对话的轮次锁 %1（错误 %2）。</translation>
    </message>
    <message>
        <source>each tokenizer must be world, neox, bytes or the path of a tokenizer file</source>
        <translation>每个分词器必须是 world、neox、bytes 或分词器文件的路径</translation>
    </message>
    <message>
        <source>tokenizers must map model files to tokenizers</source>
        <translation>tokenizers 必须将模型文件映射到分词器</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>an entry has no file name</source>
        <translation>有一项没有文件名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid size</source>
        <translation>&apos;%1&apos; 没有有效的大小</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid SHA-256 or its sizes disagree</source>
        <translation>&apos;%1&apos; 没有有效的 SHA-256，或其大小不一致</translation>
    </message>
    <message>
        <source>The model listing cannot be used: %1.</source>
        <translation>无法使用模型列表：%1。</translation>
    </message>
    <message>
        <source>it is incomplete or not valid JSON (%1 at byte %2)</source>
        <translation>列表不完整或不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>it is not a list of files</source>
        <translation>不是文件列表</translation>
    </message>
    <message>
        <source>an entry is not a file or folder</source>
        <translation>有一项既不是文件也不是文件夹</translation>
    </message>
    <message>
        <source>it names &apos;%1&apos;, which is not a plain file name</source>
        <translation>其中的 &apos;%1&apos; 不是单纯的文件名</translation>
    </message>
    <message>
        <source>RWKV-7 %1 reasoning model (it can think before it answers), released %2; found in the official repository %3.</source>
        <translation>RWKV-7 %1 推理模型（可在回答前先思考），发布于 %2；来自官方仓库 %3。</translation>
    </message>
    <message>
        <source>A remote model needs a name and a model.</source>
        <translation>远程模型需要填写名称和模型。</translation>
    </message>
    <message>
        <source>The address must be an http:// or https:// URL, such as http://192.168.1.5:8080/v1.</source>
        <translation>地址必须是 http:// 或 https:// URL，例如 http://192.168.1.5:8080/v1。</translation>
    </message>
    <message>
        <source>Listening on %1 needs an API key: only 127.0.0.1 and ::1 are served without one.</source>
        <translation>在 %1 上监听需要 API 密钥：只有 127.0.0.1 和 ::1 无需密钥即可访问。</translation>
    </message>
    <message>
        <source>Pages from %1 may not use this server.</source>
        <translation>来自 %1 的网页不得使用此服务器。</translation>
    </message>
    <message>
        <source>This server answers requests addressed to localhost only.</source>
        <translation>此服务器只响应发往 localhost 的请求。</translation>
    </message>
    <message>
        <source>This server needs an API key: send &quot;Authorization: Bearer &lt;key&gt;&quot;.</source>
        <translation>此服务器需要 API 密钥：请发送 &quot;Authorization: Bearer &lt;key&gt;&quot;。</translation>
    </message>
    <message>
        <source>The API key is wrong.</source>
        <translation>API 密钥错误。</translation>
    </message>
    <message>
        <source>The request body is not valid JSON (%1 at byte %2).</source>
        <translation>请求体不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>A chunk size line of the request body is longer than %1 bytes.</source>
        <translation>请求体中的某个分块大小行超过了 %1 字节。</translation>
    </message>
    <message>
        <source>A chunk size line of the request body is malformed.</source>
        <translation>请求体中的某个分块大小行格式错误。</translation>
    </message>
    <message>
        <source>A chunk of the request body does not start with its size in hexadecimal.</source>
        <translation>请求体中的某个分块没有以十六进制的大小开头。</translation>
    </message>
    <message>
        <source>The request body is larger than this server accepts (%1 bytes).</source>
        <translation>请求体超出了此服务器可接受的大小（%1 字节）。</translation>
    </message>
    <message>
        <source>A chunk of the request body is longer than its size says.</source>
        <translation>请求体中的某个分块比其声明的大小更长。</translation>
    </message>
    <message>
        <source>The request body&apos;s trailer is larger than %1 bytes.</source>
        <translation>请求体的 trailer 超过了 %1 字节。</translation>
    </message>
    <message>
        <source>A trailer line of the request body is malformed.</source>
        <translation>请求体中的某个 trailer 行格式错误。</translation>
    </message>
    <message>
        <source>The request body is %1 bytes; this server accepts at most %2.</source>
        <translation>请求体为 %1 字节；此服务器最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2.</source>
        <translation>&apos;%1&apos; 必须是%2。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3.</source>
        <translation>&apos;%1&apos; 必须介于 %2 和 %3 之间。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from 1 to %2.</source>
        <translation>&apos;%1&apos; 必须是 1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>&apos;stop&apos; must be a text or a list of texts.</source>
        <translation>&apos;stop&apos; 必须是文本或文本列表。</translation>
    </message>
    <message>
        <source>&apos;stop&apos; takes at most 4 texts, none of them empty.</source>
        <translation>&apos;stop&apos; 最多接受 4 个文本，且均不能为空。</translation>
    </message>
    <message>
        <source>A message&apos;s &apos;content&apos; must be a text.</source>
        <translation>消息的 &apos;content&apos; 必须是文本。</translation>
    </message>
    <message>
        <source>Only text parts are understood in a message&apos;s content.</source>
        <translation>消息内容中只支持文本部分。</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a list of at least one message.</source>
        <translation>&apos;messages&apos; 必须是至少包含一条消息的列表。</translation>
    </message>
    <message>
        <source>A message&apos;s role must be system, user or assistant, not &apos;%1&apos;.</source>
        <translation>消息的角色必须是 system、user 或 assistant，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>The last message must be from the user (or an assistant reply to continue).</source>
        <translation>最后一条消息必须来自用户（或是一条需要继续生成的助手回复）。</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be a text (or a list of one text).</source>
        <translation>&apos;prompt&apos; 必须是文本（或只含一个文本的列表）。</translation>
    </message>
    <message>
        <source>Only one choice per request is made (&apos;n&apos; must be 1).</source>
        <translation>每个请求只生成一个选项（&apos;n&apos; 必须为 1）。</translation>
    </message>
    <message>
        <source>Tools are not supported by this server.</source>
        <translation>此服务器不支持工具（tools）。</translation>
    </message>
    <message>
        <source>&apos;stream&apos; must be true or false.</source>
        <translation>&apos;stream&apos; 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&apos;think&apos; must be one of: %1.</source>
        <translation>&apos;think&apos; 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>&apos;reasoning_effort&apos; must be none, minimal, low, medium or high.</source>
        <translation>&apos;reasoning_effort&apos; 必须是 none、minimal、low、medium 或 high。</translation>
    </message>
    <message>
        <source>&apos;model&apos; is required: one of the names GET /v1/models lists.</source>
        <translation>必须提供 &apos;model&apos;：GET /v1/models 所列名称之一。</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be a text or a list of texts.</source>
        <translation>&apos;input&apos; 必须是文本或文本列表。</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be 1 to 256 texts, none of them empty.</source>
        <translation>&apos;input&apos; 必须包含 1 到 256 个文本，且均不能为空。</translation>
    </message>
    <message>
        <source>&apos;encoding_format&apos; must be &apos;float&apos; or &apos;base64&apos;.</source>
        <translation>&apos;encoding_format&apos; 必须是 &apos;float&apos; 或 &apos;base64&apos;。</translation>
    </message>
    <message>
        <source>This model does not take the think mode &apos;%1&apos;; it takes: %2.</source>
        <translation>此模型不支持思考模式 &apos;%1&apos;；它支持：%2。</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>提示词为空。</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than %1 bytes.</source>
        <translation>请求头超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The request line is not HTTP/1.x.</source>
        <translation>请求行不是 HTTP/1.x。</translation>
    </message>
    <message>
        <source>A request header has no name.</source>
        <translation>某个请求头没有名称。</translation>
    </message>
    <message>
        <source>The request has both a Content-Length and a Transfer-Encoding.</source>
        <translation>请求同时包含 Content-Length 和 Transfer-Encoding。</translation>
    </message>
    <message>
        <source>The request body&apos;s Transfer-Encoding &quot;%1&quot; is not supported; send it plain with a Content-Length, or chunked.</source>
        <translation>不支持请求体的 Transfer-Encoding &quot;%1&quot;；请直接发送并附带 Content-Length，或使用 chunked。</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Content-Length 请求头不是数字。</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>This file is not a valid Linnet conversation: %1.</source>
        <translation>此文件不是有效的 Linnet 对话：%1。</translation>
    </message>
    <message>
        <source>%1 has no valid &quot;%2&quot; time</source>
        <translation>%1 没有有效的 &quot;%2&quot; 时间</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; text</source>
        <translation>%1 没有 &quot;%2&quot; 文本</translation>
    </message>
    <message>
        <source>%1 has no valid &quot;%2&quot;</source>
        <translation>%1 没有有效的 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has no statistics</source>
        <translation>%1 没有统计信息</translation>
    </message>
    <message>
        <source>%1 has an unknown finish reason</source>
        <translation>%1 的结束原因未知</translation>
    </message>
    <message>
        <source>it has no list of messages</source>
        <translation>没有消息列表</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>第 %1 条消息</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>%1 should be from the %2</source>
        <translation>%1 应来自 %2</translation>
    </message>
    <message>
        <source>This file is not a conversation exported from Linnet.</source>
        <translation>此文件不是从 Linnet 导出的对话。</translation>
    </message>
    <message>
        <source>its format version is missing</source>
        <translation>缺少格式版本</translation>
    </message>
    <message>
        <source>This conversation was exported by a newer version of Linnet (format %1); this version reads format %2. Update Linnet to import it.</source>
        <translation>此对话由更新版本的 Linnet 导出（格式 %1）；此版本读取的是格式 %2。请更新 Linnet 后再导入。</translation>
    </message>
    <message>
        <source>This file is not valid JSON (%1 at byte %2).</source>
        <translation>此文件不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>the conversation has no title</source>
        <translation>对话没有标题</translation>
    </message>
    <message>
        <source>the conversation has no settings</source>
        <translation>对话没有设置</translation>
    </message>
    <message>
        <source>its settings are refused (%1)</source>
        <translation>其设置被拒绝（%1）</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a conversation export.</source>
        <translation>%1 超过 %2 MB，作为对话导出文件过大。</translation>
    </message>
    <message>
        <source>The message is longer than %1 MiB; split it into several messages.</source>
        <translation>消息超过 %1 MiB，请将其拆分为多条消息。</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program, which has held its lock for more than %2 seconds. Close the other Linnet window or command and try again; nothing was changed.</source>
        <translation>数据库 %1 正被另一个程序使用，其持有锁已超过 %2 秒。请关闭另一个 Linnet 窗口或命令后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its disk is read-only. Make it writable or choose another data folder; nothing was changed.</source>
        <translation>无法写入数据库 %1：该文件或其所在磁盘为只读。请将其设为可写，或选择其他数据文件夹；未做任何更改。</translation>
    </message>
    <message>
        <source>Linnet may not open the database %1 (%2). Check the permissions of the file and its folder; nothing was changed.</source>
        <translation>Linnet 无权打开数据库 %1（%2）。请检查该文件及其所在文件夹的权限；未做任何更改。</translation>
    </message>
    <message>
        <source>Linnet may not read the database %1 (permission denied). Check the permissions of the file and its folder; nothing was changed.</source>
        <translation>Linnet 无权读取数据库 %1（权限被拒绝）。请检查该文件及其所在文件夹的权限；未做任何更改。</translation>
    </message>
    <message>
        <source>SQLite reports it as damaged: %1</source>
        <translation>SQLite 报告其已损坏：%1</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left as it is; start Linnet or a chat to keep it aside and begin a new one.</source>
        <translation>数据库 %1 已损坏（%2），目前保持原样。启动 Linnet 或开始一次对话，即可将其移到一旁并新建数据库。</translation>
    </message>
    <message>
        <source>Message %1 does not exist.</source>
        <translation>消息 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to read into a chat (more than 8 MB of text).</source>
        <translation>%1 太大，无法读入对话（文本超过 8 MB）。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>%1 is too large to read into a chat.</source>
        <translation>%1 太大，无法读入对话。</translation>
    </message>
    <message>
        <source>%1 is not a PDF file that can be read.</source>
        <translation>%1 不是可读取的 PDF 文件。</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 受密码保护。</translation>
    </message>
    <message>
        <source>%1: only .txt, .md and .pdf files can be attached.</source>
        <translation>%1：只能附加 .txt、.md 和 .pdf 文件。</translation>
    </message>
    <message>
        <source>%1 holds no text to read.</source>
        <translation>%1 中没有可读取的文本。</translation>
    </message>
    <message>
        <source>There is no starting point called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的起点。</translation>
    </message>
    <message>
        <source>A starting point needs a name.</source>
        <translation>起点需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a starting point called &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的起点。</translation>
    </message>
    <message>
        <source>This is not an intact Linnet state file: %1. Nothing was imported.</source>
        <translation>这不是完整的 Linnet 状态文件：%1。未导入任何内容。</translation>
    </message>
    <message>
        <source>its header has no valid &quot;%1&quot;</source>
        <translation>其文件头中没有有效的“%1”</translation>
    </message>
    <message>
        <source>it is only %1 bytes long</source>
        <translation>文件长度仅 %1 字节</translation>
    </message>
    <message>
        <source>it does not start with the state file marker</source>
        <translation>文件开头不是状态文件标记</translation>
    </message>
    <message>
        <source>This state file has format version %1; this Linnet reads version %2.</source>
        <translation>此状态文件的格式版本为 %1；此版本的 Linnet 读取的是版本 %2。</translation>
    </message>
    <message>
        <source>its header size does not fit the file</source>
        <translation>其文件头大小与文件不符</translation>
    </message>
    <message>
        <source>its checksum does not match its content (the file was changed or cut short)</source>
        <translation>其校验和与内容不符（文件已被修改或被截断）</translation>
    </message>
    <message>
        <source>its header is not readable</source>
        <translation>其文件头无法读取</translation>
    </message>
    <message>
        <source>its sizes do not add up to its length</source>
        <translation>其各部分大小之和与文件长度不符</translation>
    </message>
    <message>
        <source>its header and its state name different models</source>
        <translation>其文件头与状态所标明的模型不同</translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation>无法写入状态文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the state file %1: %2</source>
        <translation>无法打开状态文件 %1：%2</translation>
    </message>
    <message>
        <source>it is larger than any model state (%1 bytes)</source>
        <translation>文件大于任何模型状态（%1 字节）</translation>
    </message>
    <message>
        <source>This state file was made with the model %1 (fingerprint %2) and cannot be used with %3 (fingerprint %4). Nothing was imported.</source>
        <translation>此状态文件由模型 %1（指纹 %2）生成，无法用于 %3（指纹 %4）。未导入任何内容。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Conversation %1 has no saved state after its last message: send a message with its model first.</source>
        <translation>对话 %1 在最后一条消息之后没有已保存的状态：请先使用其模型发送一条消息。</translation>
    </message>
    <message>
        <source>The starting point &quot;%1&quot; has no state for this model yet: start a chat from it first.</source>
        <translation>起点“%1”尚无此模型的状态：请先从它开始一个对话。</translation>
    </message>
    <message>
        <source>An RWKV-4 state cannot be saved as a state-tuning .pth file: that layout holds the matrix state of RWKV-5, 6 and 7, which RWKV-4 does not have. Save it as a Linnet state file instead.</source>
        <translation>RWKV-4 的状态无法保存为状态微调 .pth 文件：该格式保存的是 RWKV-5、6、7 的矩阵状态，而 RWKV-4 没有这种状态。请改为保存为 Linnet 状态文件。</translation>
    </message>
    <message>
        <source>%1 has a thought that is not an object</source>
        <translation>%1 中的思考不是一个对象</translation>
    </message>
    <message>
        <source>%1 has a think mode longer than 64 characters</source>
        <translation>%1 的思考模式超过 64 个字符</translation>
    </message>
    <message>
        <source>%1 has a document name that is empty or longer than 255 characters</source>
        <translation>%1 的文档名称为空或超过 255 个字符</translation>
    </message>
</context>
<context>
    <name>RemoteModelDialog</name>
    <message>
        <source>Add a remote model</source>
        <translation>添加远程模型</translation>
    </message>
    <message>
        <source>Chat with a model on another computer or service through its OpenAI-compatible API. The whole conversation is sent with each message.</source>
        <translation>通过兼容 OpenAI 的 API 与其他电脑或服务上的模型聊天。每条消息都会发送完整的对话内容。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>List models</source>
        <translation>列出模型</translation>
    </message>
    <message>
        <source>API key (if the server asks for one)</source>
        <translation>API 密钥（如果服务器需要）</translation>
    </message>
    <message>
        <source>Kept in your data folder, readable only by you</source>
        <translation>保存在你的数据文件夹中，只有你可以读取</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Name in Linnet</source>
        <translation>在 Linnet 中的名称</translation>
    </message>
    <message>
        <source>Remote models</source>
        <translation>远程模型</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Add and use</source>
        <translation>添加并使用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <source>Changed for this chat. %1</source>
        <translation>已为当前对话更改。%1</translation>
    </message>
    <message>
        <source>%1 (changed for this chat)</source>
        <translation>%1（已为当前对话更改）</translation>
    </message>
    <message>
        <source>Use the default for %1</source>
        <translation>恢复%1的默认值</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>推理引擎</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>CPU threads for the engine. 0 uses every core (at most 8), and fewer while other programs keep cores busy. A number uses exactly that many threads.</source>
        <translation>推理引擎使用的 CPU 线程数。0 表示使用所有核心（最多 8 个），在其他程序占用核心时自动减少。填写数字则固定使用该数量的线程。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Apply and reload the model</source>
        <translation>应用并重新加载模型</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Settings for new chats</source>
        <translation>新对话的设置</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>当前对话</translation>
    </message>
    <message>
        <source>Settings for this chat only</source>
        <translation>仅适用于当前对话的设置</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Randomness of the reply. 0 always picks the most likely token; higher is more varied.</source>
        <translation>回复的随机程度。0 总是选择可能性最高的 token；数值越高，回复越多样。</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Keep only the most likely tokens whose probabilities add up to this. Lower is more focused.</source>
        <translation>只保留概率之和达到该值的最可能的 token。数值越低，回复越集中。</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Keep only this many most likely tokens. 0 turns it off.</source>
        <translation>只保留这么多个最可能的 token。设为 0 即关闭。</translation>
    </message>
    <message>
        <source>Top-a</source>
        <translation>Top-a</translation>
    </message>
    <message>
        <source>Drop tokens much less likely than the best one (below top-a × best²). 0 turns it off.</source>
        <translation>舍弃可能性远低于最佳 token 的 token（低于 top-a × best²）。设为 0 即关闭。</translation>
    </message>
    <message>
        <source>Top-p-x</source>
        <translation>Top-p-x</translation>
    </message>
    <message>
        <source>With top-p, also keep every token more likely than this. 0 turns it off.</source>
        <translation>配合 top-p 使用时，额外保留所有概率高于该值的 token。设为 0 即关闭。</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在惩罚</translation>
    </message>
    <message>
        <source>Discourages tokens that already appeared in the reply, once each.</source>
        <translation>抑制回复中已出现过的 token，每个 token 只计一次。</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>频率惩罚</translation>
    </message>
    <message>
        <source>Discourages tokens the more often they appeared in the reply.</source>
        <translation>token 在回复中出现得越多，受到的抑制越强。</translation>
    </message>
    <message>
        <source>Penalty decay</source>
        <translation>惩罚衰减</translation>
    </message>
    <message>
        <source>How fast old tokens are forgiven: penalties are multiplied by this after every token.</source>
        <translation>旧 token 被“原谅”的速度：每生成一个 token，惩罚值都会乘以该系数。</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>The longest reply, in tokens.</source>
        <translation>回复的最大长度（以 token 计）。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The same seed gives the same reply. Leave empty for a new random seed every time.</source>
        <translation>相同的种子会生成相同的回复。留空则每次使用新的随机种子。</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Stop texts</source>
        <translation>停止文本</translation>
    </message>
    <message>
        <source>The reply also ends at any of these texts, one per line.</source>
        <translation>回复遇到以下任一文本时也会结束，每行一个。</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Instructions the model reads before the conversation.</source>
        <translation>模型在对话开始前读取的指令。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>How the conversation is written for the model. Automatic picks the one the model was trained with.</source>
        <translation>对话以何种格式提供给模型。“自动”会选择模型训练时使用的模板。</translation>
    </message>
    <message>
        <source>Reset this chat to the defaults</source>
        <translation>将当前对话恢复为默认设置</translation>
    </message>
    <message>
        <source>Reset the defaults</source>
        <translation>重置默认设置</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>Follows the system at start; switch it here.</source>
        <translation>启动时跟随系统，可在此切换。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the window. Changes at once.</source>
        <translation>界面语言，更改后立即生效。</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Tuned state</source>
        <translation>微调状态</translation>
    </message>
    <message>
        <source>A state-tuning file (.pth) made for this model: the chat starts from it instead of an empty state.</source>
        <translation>为此模型制作的状态微调文件（.pth）：对话从该状态开始，而不是从空状态开始。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a state-tuning file</source>
        <translation>选择状态微调文件</translation>
    </message>
    <message>
        <source>State files (*.pth)</source>
        <translation>状态文件 (*.pth)</translation>
    </message>
    <message numerus="yes">
        <source>This computer has %n core(s): more threads than cores make replies slower.</source>
        <translation>
            <numerusform>本机有 %n 个核心：线程数多于核心数会使回复变慢。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <source>How text becomes tokens for the model in use. Automatic picks the one its vocabulary was trained with. Changing it reloads the model; states saved with another tokenizer are not reused.</source>
        <translation>决定文本如何转换为当前模型使用的 token。“自动”会选择与模型词表训练时相同的分词器。更改后会重新加载模型；使用其他分词器保存的状态不会被复用。</translation>
    </message>
    <message>
        <source>RWKV World</source>
        <translation>RWKV World</translation>
    </message>
    <message>
        <source>GPT-NeoX (RWKV-4 Pile and Raven)</source>
        <translation>GPT-NeoX（RWKV-4 Pile 和 Raven）</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Sampling values recommended for this model for a kind of task; one click sets them all.</source>
        <translation>针对此模型在某类任务上推荐的采样参数；点击一下即可全部设置。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the template of this chat</source>
        <translation>编辑当前对话的模板</translation>
    </message>
    <message>
        <source>About Linnet…</source>
        <translation>关于 Linnet…</translation>
    </message>
    <message>
        <source>How the model runs: precision per layer, e.g. &quot;cpu bf16&quot; or &quot;cpu bf16i8 *20 -&gt; cpu fp32&quot;. &quot;auto&quot; runs each model in the fastest precision measured to keep its accuracy (4-bit for RWKV-5.2, 6 and 7, else 8-bit). Changing it reloads the model.</source>
        <translation>模型的运行方式：每层的精度，例如 &quot;cpu bf16&quot; 或 &quot;cpu bf16i8 *20 -&gt; cpu fp32&quot;。&quot;auto&quot; 让每个模型以经测量能保持准确度的最快精度运行（RWKV-5.2、6、7 用 4 位，其余用 8 位）。更改后会重新加载模型。</translation>
    </message>
    <message>
        <source>Sets the strategy to one precision for every layer. bf16 halves the memory with little loss; int8 quarters it, a little less precise; 4-bit (bf16i4) needs about a sixth and is the fastest; fp32 is exact but needs the most memory.</source>
        <translation>将每一层设为同一种精度。bf16 内存减半，损失很小；int8 只需四分之一，精度略低；4 位 (bf16i4) 约需六分之一，速度最快；fp32 完全精确，但内存占用最多。</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
</context>
<context>
    <name>StartPointMenu</name>
    <message>
        <source>New chat from…</source>
        <translation>从起点新建对话…</translation>
    </message>
    <message>
        <source>New chat from a starting point</source>
        <translation>从起点新建对话</translation>
    </message>
    <message>
        <source>Start a chat from a saved starting point: a persona, a long prompt or a document</source>
        <translation>从已保存的起点开始对话：一个角色设定、一段长提示词或一份文档</translation>
    </message>
    <message>
        <source>Add a state-tuned file…</source>
        <translation>添加状态微调文件…</translation>
    </message>
    <message>
        <source>Add a state-tuned file</source>
        <translation>添加状态微调文件</translation>
    </message>
    <message>
        <source>State-tuned files (*.pth *.safetensors)</source>
        <translation>状态微调文件 (*.pth *.safetensors)</translation>
    </message>
    <message>
        <source>Import a state file…</source>
        <translation>导入状态文件…</translation>
    </message>
    <message>
        <source>Import a state file</source>
        <translation>导入状态文件</translation>
    </message>
    <message>
        <source>Linnet state files (*.lnstate)</source>
        <translation>Linnet 状态文件 (*.lnstate)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Template of this chat</source>
        <translation>当前对话的模板</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Stop texts</source>
        <translation>停止文本</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>What the model reads, for a two-turn example:</source>
        <translation>模型读取的内容（以两轮对话为例）：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation>使用原始模板</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{text} stands for the message (or the system prompt); %1 is a line break.</source>
        <translation>{text} 代表消息（或系统提示词）；%1 表示换行。</translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message numerus="yes">
        <source>Thinking… %n token(s)</source>
        <translation>
            <numerusform>思考中… %n 个 token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %1 s · %n token(s)</source>
        <translation>
            <numerusform>已思考 %1 秒 · %n 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thought</source>
        <translation>隐藏思考过程</translation>
    </message>
    <message>
        <source>Show the thought</source>
        <translation>显示思考过程</translation>
    </message>
    <message>
        <source>The model&apos;s thought</source>
        <translation>模型的思考过程</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Linnet</source>
        <translation>Linnet</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Model failed to load</source>
        <translation>模型加载失败</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <source>Active model: %1</source>
        <translation>当前模型：%1</translation>
    </message>
    <message>
        <source>Pick, download or import a model</source>
        <translation>选择、下载或导入模型</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <source>RWKV-%1 · %2</source>
        <translation>RWKV-%1 · %2</translation>
    </message>
    <message>
        <source>Switch to the light theme</source>
        <translation>切换到浅色主题</translation>
    </message>
    <message>
        <source>Switch to the dark theme</source>
        <translation>切换到深色主题</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>设置（Ctrl+,）</translation>
    </message>
    <message>
        <source>Show or hide the conversations (Ctrl+B)</source>
        <translation>显示或隐藏对话列表（Ctrl+B）</translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation>%1（远程）</translation>
    </message>
    <message>
        <source>Add a remote model…</source>
        <translation>添加远程模型…</translation>
    </message>
    <message>
        <source>Remote · %1</source>
        <translation>远程 · %1</translation>
    </message>
</context>
<context>
    <name>VersionArrows</name>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>第 %1 个版本，共 %2 个</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
</context>
<context>
    <name>linnet::app</name>
    <message>
        <source>%1 refused the API key. Check the key in the remote model&apos;s settings.</source>
        <translation>%1 拒绝了 API 密钥。请检查远程模型设置中的密钥。</translation>
    </message>
    <message>
        <source>%1 does not have this model (or this address is not an OpenAI-compatible API).</source>
        <translation>%1 上没有此模型（或此地址不是兼容 OpenAI 的 API）。</translation>
    </message>
    <message>
        <source>%1 is busy or your quota is used up. Wait a moment and try again.</source>
        <translation>%1 繁忙或你的配额已用完。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 failed with an error of its own (HTTP %2).</source>
        <translation>%1 自身发生了错误（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 拒绝了请求（HTTP %2）。</translation>
    </message>
    <message>
        <source>Cannot reach %1: nothing answers at that address. Is the server running?</source>
        <translation>无法连接到 %1：该地址没有任何响应。服务器是否正在运行？</translation>
    </message>
    <message>
        <source>Cannot find %1: check the address.</source>
        <translation>找不到 %1：请检查地址。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation>%1 在回复完成前关闭了连接。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未能及时响应。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>与 %1 的安全连接失败：其证书不受信任。</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>与 %1 的连接失败。</translation>
    </message>
</context>
<context>
    <name>linnet::app::ApiServer</name>
    <message>
        <source>The server has too many connections; try again.</source>
        <translation>服务器连接数过多，请重试。</translation>
    </message>
    <message>
        <source>There is no %1 %2 here.</source>
        <translation>此处没有 %1 %2。</translation>
    </message>
    <message>
        <source>%1 takes %2 requests.</source>
        <translation>%1 只接受 %2 请求。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>请求体必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; this server has &apos;%2&apos;.</source>
        <translation>此处没有模型 &apos;%1&apos;；此服务器提供的是 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; is no longer loaded.</source>
        <translation>模型 &apos;%1&apos; 已不再处于加载状态。</translation>
    </message>
</context>
<context>
    <name>linnet::app::CatalogStore</name>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>无法读取模型目录 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a model catalog.</source>
        <translation>%1 太大，不可能是模型目录。</translation>
    </message>
    <message>
        <source>Cannot load the catalog from %1: %2</source>
        <translation>无法从 %1 加载模型目录：%2</translation>
    </message>
    <message>
        <source>Cannot keep the catalog in %1: %2</source>
        <translation>无法将模型目录保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>linnet::app::CatalogUpdate</name>
    <message>
        <source>Cannot check for new models (%1). The catalog is unchanged.</source>
        <translation>无法检查新模型（%1）。模型目录未更改。</translation>
    </message>
    <message>
        <source>%1 The catalog is unchanged.</source>
        <translation>%1 模型目录未更改。</translation>
    </message>
</context>
<context>
    <name>linnet::app::ConversationFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>未导入 %1：%2</translation>
    </message>
</context>
<context>
    <name>linnet::app::DownloadTask</name>
    <message>
        <source>There is no address to download %1 from.</source>
        <translation>没有可用于下载 %1 的地址。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Checking the %1 downloaded earlier…</source>
        <translation>正在校验之前已下载的 %1…</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation>与 %1 的连接已中断。</translation>
    </message>
    <message>
        <source>The server answered the request to continue at byte %1 with the range &apos;%2&apos;.</source>
        <translation>服务器对从第 %1 字节继续下载的请求返回了范围 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>%1 offers a different file (SHA-256 %2) than the one expected (%3).</source>
        <translation>%1 提供的文件（SHA-256 %2）与预期的文件（%3）不同。</translation>
    </message>
    <message>
        <source>%1 offers a file of %2 bytes, but %3 bytes were expected.</source>
        <translation>%1 提供的文件为 %2 字节，但预期为 %3 字节。</translation>
    </message>
    <message>
        <source>%1 sent more than the %2 bytes expected.</source>
        <translation>%1 发送的数据超过了预期的 %2 字节。</translation>
    </message>
    <message>
        <source>%1 could not continue the partial file.</source>
        <translation>%1 无法续传未下载完的文件。</translation>
    </message>
    <message>
        <source>%1 answered %2 %3 for %4.</source>
        <translation>%1 对 %4 返回了 %2 %3。</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation>%1 返回了意外的响应（%2）。</translation>
    </message>
    <message>
        <source>The connection to %1 ended before the whole file arrived.</source>
        <translation>与 %1 的连接在文件完整接收前就已断开。</translation>
    </message>
    <message>
        <source>%1 did not answer for %2 seconds.</source>
        <translation>%1 已 %2 秒没有响应。</translation>
    </message>
    <message>
        <source>Downloading from %1 failed: %2</source>
        <translation>从 %1 下载失败：%2</translation>
    </message>
    <message>
        <source>%1 redirected without saying where to.</source>
        <translation>%1 发出了重定向，但未指明目标地址。</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 重定向次数过多。</translation>
    </message>
    <message>
        <source>%1 redirected to an address Linnet does not use. %2</source>
        <translation>%1 重定向到了 Linnet 不使用的地址。%2</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3 of %4).</source>
        <translation>%1 将在 %2 秒后重试（第 %3 次，共 %4 次）。</translation>
    </message>
    <message>
        <source>%1 Trying the mirror %2.</source>
        <translation>%1 正在尝试镜像 %2。</translation>
    </message>
    <message>
        <source>The download of %1 has %2 bytes, but %3 were expected. It was deleted.</source>
        <translation>%1 的下载内容为 %2 字节，但预期为 %3 字节，已将其删除。</translation>
    </message>
    <message>
        <source>The downloaded file %1 is damaged: its SHA-256 is %2, but %3 gave %4. It was deleted; download it again.</source>
        <translation>下载的文件 %1 已损坏：其 SHA-256 为 %2，但%3提供的是 %4。文件已删除，请重新下载。</translation>
    </message>
    <message>
        <source>The partial download was kept; resume to continue.</source>
        <translation>已保留未下载完的部分，点击“继续”即可接着下载。</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>已取消下载 %1。</translation>
    </message>
    <message>
        <source>%1 sent %2 in %3 s, less than %4 per second.</source>
        <translation>%1 在 %3 秒内只发送了 %2，低于每秒 %4。</translation>
    </message>
    <message>
        <source>%1 sent more than %2 without saying how large the file is; the download was stopped.</source>
        <translation>%1 在未告知文件大小的情况下发送了超过 %2 的数据，下载已停止。</translation>
    </message>
    <message>
        <source>%1 Gave up after %2 attempts.</source>
        <translation>%1 尝试 %2 次后已放弃。</translation>
    </message>
</context>
<context>
    <name>linnet::app::HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>linnet::app::InferenceWorker</name>
    <message>
        <source>No model is loaded. Choose a model first.</source>
        <translation>尚未加载模型。请先选择一个模型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be added as a starting point. %2</source>
        <translation>无法将“%1”添加为起点。%2</translation>
    </message>
</context>
<context>
    <name>linnet::app::Job</name>
    <message>
        <source>No model is loaded. Choose a model first.</source>
        <translation>尚未加载模型。请先选择一个模型。</translation>
    </message>
</context>
<context>
    <name>linnet::app::ModelManager</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Linnet cannot write to %1; choose another folder.</source>
        <translation>Linnet 无法写入 %1，请选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 is already being downloaded as %2.</source>
        <translation>%1 已在下载中（保存为 %2）。</translation>
    </message>
    <message>
        <source>%1 is already installed.</source>
        <translation>%1 已安装。</translation>
    </message>
    <message>
        <source>The models folder already has a file named %1; import it or delete it first.</source>
        <translation>模型文件夹中已有名为 %1 的文件，请先导入或删除它。</translation>
    </message>
    <message>
        <source>The catalog has no model &apos;%1&apos;.</source>
        <translation>模型目录中没有模型 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used as a file name.</source>
        <translation>&apos;%1&apos; 不能用作文件名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must end with .pth, .safetensors, .st or .bin.</source>
        <translation>&apos;%1&apos; 必须以 .pth、.safetensors、.st 或 .bin 结尾。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>&apos;%1&apos; 不是 SHA-256（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>%1 was downloaded, but it is not a model Linnet can read: %2 The file was deleted.</source>
        <translation>%1 已下载，但它不是 Linnet 能读取的模型：%2 文件已删除。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a model file Linnet imports (.pth, .safetensors, .st or .bin).</source>
        <translation>%1 不是 Linnet 可导入的模型文件（.pth、.safetensors、.st 或 .bin）。</translation>
    </message>
    <message>
        <source>%1 is already in your library as %2.</source>
        <translation>%1 已在你的模型库中，名称为 %2。</translation>
    </message>
    <message>
        <source>There is no model %1 in the library.</source>
        <translation>模型库中没有模型 %1。</translation>
    </message>
    <message>
        <source>Cannot delete %1; the model stays in the library.</source>
        <translation>无法删除 %1，该模型仍保留在模型库中。</translation>
    </message>
</context>
<context>
    <name>linnet::app::PartialFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>无法写入 %1：%2（磁盘已满？）</translation>
    </message>
    <message>
        <source>Cannot move the finished download to %1.</source>
        <translation>无法将下载完成的文件移动到 %1。</translation>
    </message>
</context>
<context>
    <name>linnet::app::RemoteChat</name>
    <message>
        <source>That message is gone.</source>
        <translation>该消息已不存在。</translation>
    </message>
    <message>
        <source>There is no reply to regenerate.</source>
        <translation>没有可重新生成的回复。</translation>
    </message>
    <message>
        <source>This chat starts from &quot;%1&quot;, a state-tuned file: a starting state for a local RWKV model, which a remote model cannot use. Choose a local model to continue it.</source>
        <translation>此对话从“%1”开始，这是一个状态微调文件：本地 RWKV 模型的初始状态，远程模型无法使用。请选择一个本地模型以继续。</translation>
    </message>
</context>
<context>
    <name>linnet::app::RemoteClient</name>
    <message>
        <source>%1 lists no models: is this an OpenAI-compatible API address?</source>
        <translation>%1 没有列出任何模型：这是兼容 OpenAI 的 API 地址吗？</translation>
    </message>
    <message>
        <source>%1 stopped with an error: %2</source>
        <translation>%1 因错误而停止：%2</translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation>%1 在回复完成前关闭了连接。</translation>
    </message>
</context>
<context>
    <name>linnet::ui::ChatController</name>
    <message>
        <source>A state-tuned file is the starting state of a local RWKV model. Choose a local model to add one.</source>
        <translation>状态微调文件是本地 RWKV 模型的初始状态。请选择一个本地模型后再添加。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a state-tuned file: a starting state for a local RWKV model, which a remote model cannot use. Choose a local model to start a chat from it.</source>
        <translation>“%1”是一个状态微调文件：本地 RWKV 模型的初始状态，远程模型无法使用。请选择一个本地模型，从它开始对话。</translation>
    </message>
    <message>
        <source>A state file holds the state of a local RWKV model. Choose a local model to import one.</source>
        <translation>状态文件保存的是本地 RWKV 模型的状态。请选择一个本地模型后再导入。</translation>
    </message>
</context>
<context>
    <name>linnet::ui::FilePlaces</name>
    <message>
        <source>conversation</source>
        <translation>对话</translation>
    </message>
</context>
<context>
    <name>linnet::ui::LocalServerController</name>
    <message>
        <source>%1  %2 %3 → %4  %5 ms  prompt %6 (cached %7), reply %8</source>
        <translation>%1  %2 %3 → %4  %5 ms  提示词 %6（缓存 %7），回复 %8</translation>
    </message>
</context>
<context>
    <name>linnet::ui::ModelController</name>
    <message>
        <source>That remote model is no longer in the list.</source>
        <translation>该远程模型已不在列表中。</translation>
    </message>
</context>
<context>
    <name>linnet::ui::ModelLibraryView</name>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>下载 %1 失败：%2</translation>
    </message>
    <message>
        <source>Checking for new models…</source>
        <translation>正在检查新模型…</translation>
    </message>
    <message>
        <source>The catalog is up to date: there is no new official release.</source>
        <translation>模型目录已是最新：没有新的官方版本。</translation>
    </message>
    <message numerus="yes">
        <source>%n new model(s), marked New below: %1</source>
        <translation>
            <numerusform>%n 个新模型，已在下方标记为“新”：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linnet::ui::RemoteModelsView</name>
    <message>
        <source>“%1” is not a server address. Type one like http://192.168.1.5:8080/v1.</source>
        <translation>“%1”不是服务器地址。请输入类似 http://192.168.1.5:8080/v1 的地址。</translation>
    </message>
</context>
<context>
    <name>linnet::ui::SettingsController</name>
    <message>
        <source>Start the chat first: per-chat settings belong to a conversation.</source>
        <translation>请先开始对话：单独设置需要依附于某个对话。</translation>
    </message>
    <message>
        <source>Load a model first: the tokenizer is chosen per model file.</source>
        <translation>请先加载模型：分词器是按模型文件选择的。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chat with RWKV language models.</source>
        <translation>与 RWKV 语言模型聊天。</translation>
    </message>
    <message>
        <source>Keep conversations and models in this folder.</source>
        <translation>将对话和模型保存在此文件夹中。</translation>
    </message>
    <message>
        <source>Load this model file at start.</source>
        <translation>启动时加载此模型文件。</translation>
    </message>
    <message>
        <source>Save the window to this PNG and quit.</source>
        <translation>将窗口保存为此 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light 或 dark。</translation>
    </message>
    <message>
        <source>en, vi or zh_CN.</source>
        <translation>en、vi 或 zh_CN。</translation>
    </message>
    <message>
        <source>Open a panel at start: settings, models or about.</source>
        <translation>启动时打开面板：settings、models 或 about。</translation>
    </message>
    <message>
        <source>Window size, e.g. 800x600.</source>
        <translation>窗口大小，例如 800x600。</translation>
    </message>
</context>
</TS>
