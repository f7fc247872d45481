<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
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
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Linnet</source>
        <translation>Linnet</translation>
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
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
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
        <source>Add a model file you already have (.pth, .safetensors, .st or rwkv.cpp .bin)</source>
        <translation>添加你已有的模型文件（.pth、.safetensors、.st 或 rwkv.cpp 的 .bin）</translation>
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
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>下载 %1</translation>
    </message>
    <message>
        <source>%1 · memory: fp32 %2, bf16 %3, int8 %4 · %5</source>
        <translation>%1 · 内存：fp32 %2，bf16 %3，int8 %4 · %5</translation>
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
        <source>%1 of %2 · %3/s · %4</source>
        <translation>%1 / %2 · %3/秒 · %4</translation>
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
        <source>Connecting…</source>
        <translation>正在连接…</translation>
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
        <source>Cancel and delete the partial file</source>
        <translation>取消并删除未下载完的文件</translation>
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
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
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
        <source>Cannot start a database transaction: %1</source>
        <translation>无法开始数据库事务：%1</translation>
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
        <source>How the model runs: precision per layer, e.g. &quot;cpu bf16&quot; or &quot;cpu bf16i8 *20 -&gt; cpu fp32&quot;. Changing it reloads the model.</source>
        <translation>模型的运行方式：各层的精度，例如 &quot;cpu bf16&quot; 或 &quot;cpu bf16i8 *20 -&gt; cpu fp32&quot;。更改后会重新加载模型。</translation>
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
        <source>Sets the strategy to one precision for every layer. bf16 halves the memory with little loss; int8 quarters it, a little less precise; fp32 is exact but needs the most memory.</source>
        <translation>将策略设为所有层使用同一精度。bf16 内存减半，几乎没有损失；int8 内存降到四分之一，精度略低；fp32 最精确，但占用内存最多。</translation>
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
    <name>linnet::ui::AppController</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>linnet::ui::ModelLibraryView</name>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>下载 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>linnet::ui::SettingsController</name>
    <message>
        <source>Start the chat first: per-chat settings belong to a conversation.</source>
        <translation>请先开始对话：单独设置需要依附于某个对话。</translation>
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
        <source>Open a panel at start: settings or models.</source>
        <translation>启动时打开面板：settings 或 models。</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light 或 dark。</translation>
    </message>
    <message>
        <source>en, vi or zh_CN.</source>
        <translation>en、vi 或 zh_CN。</translation>
    </message>
</context>
</TS>
