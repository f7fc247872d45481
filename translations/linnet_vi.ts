<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Linnet</source>
        <translation>Giới thiệu về Linnet</translation>
    </message>
    <message>
        <source>Linnet %1</source>
        <translation>Linnet %1</translation>
    </message>
    <message>
        <source>Desktop chat for RWKV language models, running on this computer.</source>
        <translation>Ứng dụng trò chuyện trên máy tính với các mô hình ngôn ngữ RWKV, chạy ngay trên máy này.</translation>
    </message>
    <message>
        <source>CPU path: %1</source>
        <translation>Đường thực thi CPU: %1</translation>
    </message>
    <message>
        <source>Qt %1: GNU Lesser General Public License v3 (LGPLv3).</source>
        <translation>Qt %1: GNU Lesser General Public License v3 (LGPLv3).</translation>
    </message>
    <message>
        <source>oneDNN %1: Apache License 2.0.</source>
        <translation>oneDNN %1: Apache License 2.0.</translation>
    </message>
    <message>
        <source>SQLite: public domain.</source>
        <translation>SQLite: phạm vi công cộng (public domain).</translation>
    </message>
    <message>
        <source>Models: RWKV models are released under the Apache License 2.0; a model you download or import keeps the licence its authors gave it.</source>
        <translation>Mô hình: các mô hình RWKV được phát hành theo Apache License 2.0; mô hình bạn tải xuống hoặc nhập vẫn giữ giấy phép mà tác giả của nó đã chọn.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>BranchActions</name>
    <message>
        <source>Duplicate from here: a new chat with the conversation up to this message</source>
        <translation>Nhân bản từ đây: một cuộc trò chuyện mới với nội dung đến tin nhắn này</translation>
    </message>
    <message>
        <source>Save as a starting point for new chats</source>
        <translation>Lưu làm điểm khởi đầu cho các cuộc trò chuyện mới</translation>
    </message>
    <message>
        <source>Delete from here: this message and every later turn</source>
        <translation>Xóa từ đây: tin nhắn này và mọi lượt sau đó</translation>
    </message>
    <message>
        <source>Delete from here?</source>
        <translation>Xóa từ đây?</translation>
    </message>
    <message>
        <source>This message, every later turn and their saved states will be deleted.
Other versions stay.</source>
        <translation>Tin nhắn này, mọi lượt sau đó và các trạng thái đã lưu của chúng sẽ bị xóa.
Các phiên bản khác vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Save as a starting point</source>
        <translation>Lưu làm điểm khởi đầu</translation>
    </message>
    <message>
        <source>Name, e.g. &quot;Travel planner&quot;</source>
        <translation>Tên, ví dụ &quot;Lập kế hoạch du lịch&quot;</translation>
    </message>
    <message>
        <source>Starting point name</source>
        <translation>Tên điểm khởi đầu</translation>
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
        <translation>%1/giây</translation>
    </message>
    <message>
        <source>measuring speed…</source>
        <translation>đang đo tốc độ…</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>%1 (address %2 of %3)</source>
        <translation>%1 (địa chỉ %2 / %3)</translation>
    </message>
    <message>
        <source>Trying %1 again in %2 s (attempt %3 of %4)</source>
        <translation>Sẽ thử lại %1 sau %2 giây (lần thử %3 / %4)</translation>
    </message>
    <message>
        <source>Connecting to %1 (attempt %2 of %3)…</source>
        <translation>Đang kết nối tới %1 (lần thử %2 / %3)…</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>%1 bytes · SHA-256 %2</source>
        <translation>%1 byte · SHA-256 %2</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải xuống</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Tải xuống %1</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Đã cài đặt</translation>
    </message>
    <message>
        <source>memory: fp32 %1, bf16 %2, int8 %3 · %4</source>
        <translation>bộ nhớ: fp32 %1, bf16 %2, int8 %3 · %4</translation>
    </message>
    <message>
        <source>too large for this computer</source>
        <translation>quá lớn với máy này</translation>
    </message>
    <message>
        <source>fits this computer in %1</source>
        <translation>chạy được trên máy này với %1</translation>
    </message>
    <message>
        <source>Download progress of %1</source>
        <translation>Tiến độ tải xuống %1</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>Đã tạm dừng ở %1</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Đang chờ…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <source>Checking the part already downloaded…</source>
        <translation>Đang kiểm tra phần đã tải xuống…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Cancel and delete the partial file</source>
        <translation>Hủy và xóa tệp tải dở</translation>
    </message>
    <message>
        <source>about %1 tokens/s on this computer in %2</source>
        <translation>khoảng %1 token/giây trên máy này ở %2</translation>
    </message>
    <message>
        <source>measuring this computer&apos;s speed…</source>
        <translation>đang đo tốc độ của máy này…</translation>
    </message>
</context>
<context>
    <name>ChatTemplate</name>
    <message>
        <source>The stop texts must be a list of at most 8 texts.</source>
        <translation>Các văn bản dừng phải là một danh sách gồm tối đa 8 văn bản.</translation>
    </message>
    <message>
        <source>Each stop text must be a text of 1 to 1000 characters.</source>
        <translation>Mỗi văn bản dừng phải dài từ 1 đến 1000 ký tự.</translation>
    </message>
    <message>
        <source>The user text must hold {text} once: it stands for the message.</source>
        <translation>Văn bản người dùng phải chứa {text} đúng một lần: nó đại diện cho tin nhắn.</translation>
    </message>
    <message>
        <source>The system text must hold {text} once (it stands for the system prompt), or be empty.</source>
        <translation>Văn bản hệ thống phải chứa {text} đúng một lần (nó đại diện cho lời nhắc hệ thống), hoặc để trống.</translation>
    </message>
    <message>
        <source>The assistant cue must not be empty: the model continues after it.</source>
        <translation>Phần mở đầu của trợ lý không được để trống: mô hình sẽ viết tiếp sau nó.</translation>
    </message>
    <message>
        <source>The separator must not be empty: it ends every reply.</source>
        <translation>Dấu phân cách không được để trống: nó kết thúc mỗi câu trả lời.</translation>
    </message>
    <message>
        <source>The template has no text named &apos;%1&apos;.</source>
        <translation>Mẫu không có văn bản nào tên là &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Each template text must be a text of at most 1000 characters.</source>
        <translation>Mỗi văn bản của mẫu chỉ được dài tối đa 1000 ký tự.</translation>
    </message>
    <message>
        <source>You are a helpful assistant.</source>
        <translation>Bạn là một trợ lý hữu ích.</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>Xin chào!</translation>
    </message>
    <message>
        <source>Hi! How can I help?</source>
        <translation>Chào bạn! Tôi có thể giúp gì cho bạn?</translation>
    </message>
    <message>
        <source>Name a river.</source>
        <translation>Hãy kể tên một con sông.</translation>
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
        <translation>Hỏi / Đáp</translation>
    </message>
    <message>
        <source>Instruction / Input / Response</source>
        <translation>Chỉ dẫn / Đầu vào / Phản hồi</translation>
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
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Ask anything. Your chat and the model&apos;s memory of it are saved, so you can come back to it later.</source>
        <translation>Hỏi bất cứ điều gì. Cuộc trò chuyện và bộ nhớ của mô hình về nó đều được lưu lại, để bạn có thể quay lại sau.</translation>
    </message>
    <message>
        <source>Choose a model in the top bar to start.</source>
        <translation>Chọn một mô hình ở thanh trên cùng để bắt đầu.</translation>
    </message>
    <message>
        <source>Reading the prompt</source>
        <translation>Đang đọc lời nhắc</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/giây</translation>
    </message>
    <message>
        <source>saved state %1</source>
        <translation>trạng thái đã lưu %1</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Chuyển đến tin nhắn mới nhất</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>The model is loading…</source>
        <translation>Đang tải mô hình…</translation>
    </message>
    <message>
        <source>Choose a model to start chatting</source>
        <translation>Chọn một mô hình để bắt đầu trò chuyện</translation>
    </message>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nhắn tin (Enter để gửi, Shift+Enter để xuống dòng)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Dừng (Esc)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Gửi (Enter)</translation>
    </message>
    <message>
        <source>Think: off</source>
        <translation>Suy nghĩ: tắt</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Nhanh</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Suy nghĩ</translation>
    </message>
    <message>
        <source>Think a bit</source>
        <translation>Suy nghĩ một chút</translation>
    </message>
    <message>
        <source>Think a lot</source>
        <translation>Suy nghĩ kỹ</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Chế độ suy nghĩ</translation>
    </message>
    <message>
        <source>Whether the model thinks before it answers (this chat)</source>
        <translation>Mô hình có suy nghĩ trước khi trả lời hay không (cho cuộc trò chuyện này)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Đang đọc</translation>
    </message>
    <message>
        <source>Attach a document (.txt, .md, .pdf): read once into the chat</source>
        <translation>Đính kèm tài liệu (.txt, .md, .pdf): được đọc một lần vào cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Đính kèm tài liệu</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.pdf)</source>
        <translation>Tài liệu (*.txt *.md *.markdown *.pdf)</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>New chat</source>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Trò chuyện mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Bắt đầu cuộc trò chuyện mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats (Ctrl+F)</source>
        <translation>Tìm cuộc trò chuyện (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Tìm kiếm cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Xuất ra Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Xuất ra JSON…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>No chat contains “%1”.</source>
        <translation>Không có cuộc trò chuyện nào chứa “%1”.</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Chưa có cuộc trò chuyện nào.</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Đổi tên cuộc trò chuyện</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Tiêu đề mới</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Xóa cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>Xóa “%1” cùng toàn bộ tin nhắn trong đó? Thao tác này không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Đặt lại…</translation>
    </message>
    <message>
        <source>Reset conversation</source>
        <translation>Đặt lại cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Clear every message of “%1” and the model&apos;s memory of them? The title and settings stay. This cannot be undone.</source>
        <translation>Xóa mọi tin nhắn của “%1” và những gì mô hình ghi nhớ về chúng? Tiêu đề và cài đặt được giữ lại. Thao tác này không thể hoàn tác.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Import chats…</source>
        <translation>Nhập cuộc trò chuyện…</translation>
    </message>
    <message>
        <source>Actions for “%1”</source>
        <translation>Thao tác cho “%1”</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Nhập cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Conversations exported from Linnet (*.json)</source>
        <translation>Cuộc trò chuyện xuất từ Linnet (*.json)</translation>
    </message>
    <message>
        <source>Export its state…</source>
        <translation>Xuất trạng thái của nó…</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>DocumentChip</name>
    <message numerus="yes">
        <source>Document: %1 · %n token(s) read</source>
        <translation>
            <numerusform>Tài liệu: %1 · đã đọc %n token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export conversation</source>
        <translation>Xuất cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Conversation exported</source>
        <translation>Đã xuất cuộc trò chuyện</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
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
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 đã tồn tại và sẽ bị thay thế.</translation>
    </message>
    <message>
        <source>Saves %1</source>
        <translation>Sẽ lưu vào %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Linnet state (.lnstate)</source>
        <translation>Trạng thái Linnet (.lnstate)</translation>
    </message>
    <message>
        <source>State-tuning file (.pth)</source>
        <translation>Tệp tinh chỉnh trạng thái (.pth)</translation>
    </message>
</context>
<context>
    <name>LocalServerSection</name>
    <message>
        <source>Local server</source>
        <translation>Máy chủ cục bộ</translation>
    </message>
    <message>
        <source>OpenAI-compatible API</source>
        <translation>API tương thích OpenAI</translation>
    </message>
    <message>
        <source>Lets other programs on this computer use the loaded model, as they would use OpenAI&apos;s API. Listens on 127.0.0.1 only.</source>
        <translation>Cho phép các chương trình khác trên máy này dùng mô hình đã tải, giống như khi dùng API của OpenAI. Chỉ lắng nghe trên 127.0.0.1.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Chưa có yêu cầu nào.</translation>
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
        <translation>Thả tệp mô hình vào đây để nhập</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Tin nhắn của bạn</translation>
    </message>
    <message>
        <source>Reading the prompt… %1%</source>
        <translation>Đang đọc lời nhắc… %1%</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Đang suy nghĩ…</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Sửa tin nhắn của bạn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Sao chép tin nhắn</translation>
    </message>
    <message>
        <source>Edit and resend: starts a new branch</source>
        <translation>Sửa và gửi lại: tạo một nhánh mới</translation>
    </message>
    <message>
        <source>Regenerate this reply</source>
        <translation>Tạo lại câu trả lời này</translation>
    </message>
    <message>
        <source>Continue this reply</source>
        <translation>Viết tiếp câu trả lời này</translation>
    </message>
    <message>
        <source>Assistant&apos;s message</source>
        <translation>Tin nhắn của trợ lý</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Sao chép mã</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Sao chép câu trả lời</translation>
    </message>
    <message>
        <source>Sending starts a new version: the later turns move to the current version, which the ‹ › arrows bring back.</source>
        <translation>Gửi đi sẽ tạo một phiên bản mới: các lượt sau đó được chuyển vào phiên bản hiện tại, bạn có thể quay lại bằng các mũi tên ‹ ›.</translation>
    </message>
</context>
<context>
    <name>MessageStats</name>
    <message>
        <source>reached the token limit</source>
        <translation>đã đạt giới hạn token</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>bạn đã dừng</translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>token đầu tiên sau %1 ms</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/giây</translation>
    </message>
    <message>
        <source>end of reply</source>
        <translation>hết câu trả lời</translation>
    </message>
    <message>
        <source>ended at a stop text</source>
        <translation>dừng ở một văn bản dừng</translation>
    </message>
</context>
<context>
    <name>MirrorFailures</name>
    <message>
        <source>No internet connection: could not reach %1.</source>
        <translation>Không có kết nối Internet: không thể kết nối tới %1.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded from %2.</source>
        <translation>Không thể tải xuống %1 từ %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the first items of a list ending in &apos;or&apos;</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last item of a list</comment>
        <translation>%1 hoặc %2</translation>
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
        <translation>còn %1 giờ %2 phút</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>còn %1 phút</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>còn %1 giây</translation>
    </message>
    <message>
        <source>full precision (fp32)</source>
        <translation>độ chính xác đầy đủ (fp32)</translation>
    </message>
    <message>
        <source>half precision (bf16)</source>
        <translation>nửa độ chính xác (bf16)</translation>
    </message>
    <message>
        <source>8-bit (int8)</source>
        <translation>8 bit (int8)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>This computer has %1 GB of memory · models use %2 in %3</source>
        <translation>Máy này có %1 GB bộ nhớ · các mô hình chiếm %2 trong %3</translation>
    </message>
    <message>
        <source>Copy into the models folder</source>
        <translation>Sao chép vào thư mục mô hình</translation>
    </message>
    <message>
        <source>On: Linnet keeps its own copy. Off: the file stays where it is and is used from there.</source>
        <translation>Bật: Linnet giữ một bản sao riêng. Tắt: tệp vẫn ở nguyên chỗ cũ và được dùng trực tiếp từ đó.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Welcome! Linnet needs a model to chat. For this computer we suggest &lt;b&gt;%1&lt;/b&gt;, marked below: download it, or import a file you already have.</source>
        <translation>Chào mừng bạn! Linnet cần một mô hình để trò chuyện. Với máy tính này, chúng tôi gợi ý &lt;b&gt;%1&lt;/b&gt; (được đánh dấu bên dưới): hãy tải xuống, hoặc nhập một tệp bạn đã có.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Đã cài đặt</translation>
    </message>
    <message>
        <source>RWKV-%1 · %2 · %3 + %4 of 4-bit weights kept for fast loading</source>
        <translation>RWKV-%1 · %2 · %3 + %4 trọng số 4-bit được giữ lại để tải nhanh</translation>
    </message>
    <message>
        <source>RWKV-%1 · %2 · %3</source>
        <translation>RWKV-%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>Không tìm thấy tệp: %1</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Dùng</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Dùng %1</translation>
    </message>
    <message>
        <source>Remove this model</source>
        <translation>Gỡ mô hình này</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải xuống</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>Nhập tệp mô hình</translation>
    </message>
    <message>
        <source>RWKV models (*.pth *.safetensors *.st *.bin)</source>
        <translation>Mô hình RWKV (*.pth *.safetensors *.st *.bin)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Gỡ mô hình</translation>
    </message>
    <message>
        <source>Remove “%1”? Linnet&apos;s copy of the file is deleted; your conversations stay.</source>
        <translation>Gỡ “%1”? Bản sao tệp của Linnet sẽ bị xóa; các cuộc trò chuyện của bạn vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Path of a model file to import</source>
        <translation>Đường dẫn tệp mô hình cần nhập</translation>
    </message>
    <message>
        <source>Add a model file you already have (.pth, .safetensors, .st or rwkv.cpp .bin). You can also drop one on the window.</source>
        <translation>Thêm tệp mô hình bạn đã có (.pth, .safetensors, .st hoặc .bin của rwkv.cpp). Bạn cũng có thể thả tệp vào cửa sổ.</translation>
    </message>
    <message>
        <source>Remote model…</source>
        <translation>Mô hình từ xa…</translation>
    </message>
    <message>
        <source>Chat with a model on another computer or service through its OpenAI-compatible API</source>
        <translation>Trò chuyện với mô hình trên máy tính hoặc dịch vụ khác qua API tương thích OpenAI của nó</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Tìm mô hình</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Check for new models</source>
        <translation>Kiểm tra mô hình mới</translation>
    </message>
    <message>
        <source>Look for official releases newer than this catalog on %1</source>
        <translation>Tìm các bản phát hành chính thức mới hơn danh mục này trên %1</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Dòng mô hình</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Mọi kích thước</translation>
    </message>
    <message>
        <source>Small (under 1B)</source>
        <translation>Nhỏ (dưới 1B)</translation>
    </message>
    <message>
        <source>Medium (1B–4B)</source>
        <translation>Vừa (1B–4B)</translation>
    </message>
    <message>
        <source>Large (4B and up)</source>
        <translation>Lớn (từ 4B trở lên)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Chạy được trên máy này</translation>
    </message>
    <message>
        <source>No model matches.</source>
        <translation>Không có mô hình nào phù hợp.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>4-bit (bf16i4)</source>
        <translation>4-bit (bf16i4)</translation>
    </message>
    <message>
        <source>Model file to import, e.g. ~/model.pth</source>
        <translation>Tệp mô hình cần nhập, ví dụ ~/model.pth</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Invalid chat setting: %1</source>
        <translation>Cài đặt trò chuyện không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Bạn chỉ có thể sửa tin nhắn của chính mình.</translation>
    </message>
    <message>
        <source>There is no reply to regenerate.</source>
        <translation>Không có câu trả lời nào để tạo lại.</translation>
    </message>
    <message>
        <source>There is no reply to continue.</source>
        <translation>Không có câu trả lời nào để viết tiếp.</translation>
    </message>
    <message>
        <source>The message to answer no longer exists.</source>
        <translation>Tin nhắn cần trả lời không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 phải là một số</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 phải là số nguyên từ %2 đến %3</translation>
    </message>
    <message>
        <source>seed must be a whole number of at least 0, or empty for a random seed</source>
        <translation>seed phải là số nguyên không nhỏ hơn 0, hoặc để trống để dùng giá trị ngẫu nhiên</translation>
    </message>
    <message>
        <source>stop must be a list of texts</source>
        <translation>stop phải là một danh sách văn bản</translation>
    </message>
    <message>
        <source>each stop text must be a non-empty text</source>
        <translation>mỗi văn bản dừng phải là văn bản không rỗng</translation>
    </message>
    <message>
        <source>system_prompt must be a text</source>
        <translation>system_prompt phải là văn bản</translation>
    </message>
    <message>
        <source>template must be a template id</source>
        <translation>template phải là ID của một mẫu</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation>cài đặt không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1</source>
        <translation>max_tokens phải ít nhất là 1</translation>
    </message>
    <message>
        <source>strategy must be a text such as &quot;cpu fp32&quot;</source>
        <translation>strategy phải là văn bản, ví dụ &quot;cpu fp32&quot;</translation>
    </message>
    <message>
        <source>threads must be 0 (automatic) or a whole number up to 256</source>
        <translation>threads phải là 0 (tự động) hoặc số nguyên không quá 256</translation>
    </message>
    <message>
        <source>unknown engine setting &apos;%1&apos;</source>
        <translation>cài đặt công cụ suy luận không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <source>Conversation %1 does not exist.</source>
        <translation>Cuộc trò chuyện %1 không tồn tại.</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Cuộc trò chuyện cần có tiêu đề.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Không thể tạo thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>it is not a Linnet database</source>
        <translation>đây không phải cơ sở dữ liệu của Linnet</translation>
    </message>
    <message>
        <source>SQLite reports it as damaged</source>
        <translation>SQLite báo rằng tệp bị hỏng</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Linnet (schema %2; this version reads up to %3). Update Linnet to open it.</source>
        <translation>Cơ sở dữ liệu %1 được ghi bởi một phiên bản Linnet mới hơn (lược đồ %2; phiên bản này chỉ đọc được đến %3). Hãy cập nhật Linnet để mở.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside. Move it away yourself and start Linnet again.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng (%2) và không thể chuyển sang chỗ khác. Hãy tự di chuyển nó đi rồi khởi động lại Linnet.</translation>
    </message>
    <message>
        <source>Your conversation database could not be read (%1). It was kept as %2 and a new, empty database was started.</source>
        <translation>Không thể đọc cơ sở dữ liệu cuộc trò chuyện của bạn (%1). Tệp cũ được giữ lại với tên %2 và một cơ sở dữ liệu trống mới đã được tạo.</translation>
    </message>
    <message>
        <source>Cannot save to the database: %1</source>
        <translation>Không thể lưu vào cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Lỗi cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to version %1 (%2): %3</source>
        <translation>Không thể nâng cấp cơ sở dữ liệu lên phiên bản %1 (%2): %3</translation>
    </message>
    <message>
        <source>Not enough disk space in %1: %2 needs %3 more, but only %4 are free.</source>
        <translation>Không đủ dung lượng đĩa trong %1: %2 cần thêm %3, nhưng chỉ còn trống %4.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>danh mục</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <source>you</source>
        <translation>bạn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid web address.</source>
        <translation>&apos;%1&apos; không phải là địa chỉ web hợp lệ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: Linnet downloads only over HTTPS.</source>
        <translation>&apos;%1&apos; bị từ chối: Linnet chỉ tải xuống qua HTTPS.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Cannot read %1: it ended after %2 bytes.</source>
        <translation>Không thể đọc %1: tệp kết thúc sau %2 byte.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Không thể tạo %1: %2</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>tệp đã tồn tại</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>Không thể ghi %1: %2 (ổ đĩa đã đầy?)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation>%1: &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>phải là văn bản không rỗng</translation>
    </message>
    <message>
        <source>must be a whole number greater than zero</source>
        <translation>phải là số nguyên lớn hơn 0</translation>
    </message>
    <message>
        <source>must be a plain file name (no folders)</source>
        <translation>phải là tên tệp đơn thuần (không kèm thư mục)</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation>phải gồm 64 chữ số thập lục phân viết thường</translation>
    </message>
    <message>
        <source>must list at least one address</source>
        <translation>phải có ít nhất một địa chỉ</translation>
    </message>
    <message>
        <source>has an address that does not end with the file name &apos;%1&apos;: %2</source>
        <translation>có địa chỉ không kết thúc bằng tên tệp &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>tokenizer %1 (%2)</source>
        <translation>tokenizer %1 (%2)</translation>
    </message>
    <message>
        <source>model %1 (%2)</source>
        <translation>mô hình %1 (%2)</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>chỉ được gồm chữ thường, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>phải là một trong các giá trị %1</translation>
    </message>
    <message>
        <source>must end with %1</source>
        <translation>phải kết thúc bằng %1</translation>
    </message>
    <message>
        <source>model %1 (%2).ram_mb</source>
        <translation>mô hình %1 (%2).ram_mb</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>không phải JSON hợp lệ (%1 tại byte %2)</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be 1 (this version of Linnet reads catalog format 1)</source>
        <translation>&apos;format&apos; phải là 1 (phiên bản Linnet này đọc danh mục định dạng 1)</translation>
    </message>
    <message>
        <source>tokenizer %1: the id &apos;%2&apos; is used twice</source>
        <translation>tokenizer %1: ID &apos;%2&apos; bị dùng hai lần</translation>
    </message>
    <message>
        <source>&apos;models&apos; must list at least one model</source>
        <translation>&apos;models&apos; phải có ít nhất một mô hình</translation>
    </message>
    <message>
        <source>model %1: the id &apos;%2&apos; is used twice</source>
        <translation>mô hình %1: ID &apos;%2&apos; bị dùng hai lần</translation>
    </message>
    <message>
        <source>model %1 (%2): the file &apos;%3&apos; is used twice</source>
        <translation>mô hình %1 (%2): tệp &apos;%3&apos; bị dùng hai lần</translation>
    </message>
    <message>
        <source>model %1 (%2): &apos;tokenizer&apos; names &apos;%3&apos;, which the catalog does not list</source>
        <translation>mô hình %1 (%2): &apos;tokenizer&apos; chỉ định &apos;%3&apos;, nhưng danh mục không có mục này</translation>
    </message>
    <message>
        <source>The model catalog is not valid: %1</source>
        <translation>Danh mục mô hình không hợp lệ: %1</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 không tồn tại hoặc không phải là tệp.</translation>
    </message>
    <message>
        <source>%1 is not a model file Linnet imports (.pth, .safetensors, .st or .bin).</source>
        <translation>%1 không phải là tệp mô hình mà Linnet có thể nhập (.pth, .safetensors, .st hoặc .bin).</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Không thể nhập %1: %2</translation>
    </message>
    <message>
        <source>The models folder already has a file named %1.</source>
        <translation>Thư mục mô hình đã có một tệp tên là %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>A copy of %1</source>
        <translation>Bản sao của %1</translation>
    </message>
    <message>
        <source>Cannot move the copy to %1.</source>
        <translation>Không thể chuyển bản sao đến %1.</translation>
    </message>
    <message>
        <source>tuned_state must be the path of a state-tuned file, or empty</source>
        <translation>tuned_state phải là đường dẫn tới một tệp trạng thái đã tinh chỉnh, hoặc để trống</translation>
    </message>
    <message>
        <source>A tuned state is set for one chat, not as a default.</source>
        <translation>Trạng thái tinh chỉnh chỉ đặt cho từng cuộc trò chuyện, không đặt làm mặc định.</translation>
    </message>
    <message>
        <source>template_fields must be an object of template texts</source>
        <translation>template_fields phải là một đối tượng gồm các văn bản của mẫu</translation>
    </message>
    <message>
        <source>think must be one of: %1, or empty for the model&apos;s default</source>
        <translation>think phải là một trong: %1, hoặc để trống để dùng mặc định của mô hình</translation>
    </message>
    <message>
        <source>Cannot take the turn lock %1 of this conversation (error %2).</source>
        <translation>Không thể giữ khóa lượt %1 của cuộc trò chuyện này (lỗi %2).</translation>
    </message>
    <message>
        <source>each tokenizer must be world, neox, bytes or the path of a tokenizer file</source>
        <translation>mỗi bộ tách từ phải là world, neox, bytes hoặc đường dẫn tới một tệp bộ tách từ</translation>
    </message>
    <message>
        <source>tokenizers must map model files to tokenizers</source>
        <translation>tokenizers phải ánh xạ các tệp mô hình tới bộ tách từ</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>phải là ngày viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>an entry has no file name</source>
        <translation>một mục không có tên tệp</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid size</source>
        <translation>&apos;%1&apos; không có kích thước hợp lệ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid SHA-256 or its sizes disagree</source>
        <translation>&apos;%1&apos; không có SHA-256 hợp lệ hoặc các kích thước của nó không khớp nhau</translation>
    </message>
    <message>
        <source>The model listing cannot be used: %1.</source>
        <translation>Không thể dùng danh sách mô hình: %1.</translation>
    </message>
    <message>
        <source>it is incomplete or not valid JSON (%1 at byte %2)</source>
        <translation>danh sách chưa đầy đủ hoặc không phải JSON hợp lệ (%1 tại byte %2)</translation>
    </message>
    <message>
        <source>it is not a list of files</source>
        <translation>đây không phải là danh sách tệp</translation>
    </message>
    <message>
        <source>an entry is not a file or folder</source>
        <translation>một mục không phải là tệp hay thư mục</translation>
    </message>
    <message>
        <source>it names &apos;%1&apos;, which is not a plain file name</source>
        <translation>trong đó có &apos;%1&apos;, không phải là tên tệp đơn thuần</translation>
    </message>
    <message>
        <source>RWKV-7 %1 reasoning model (it can think before it answers), released %2; found in the official repository %3.</source>
        <translation>Mô hình lập luận RWKV-7 %1 (có thể suy nghĩ trước khi trả lời), phát hành ngày %2; có trong kho chính thức %3.</translation>
    </message>
    <message>
        <source>A remote model needs a name and a model.</source>
        <translation>Mô hình từ xa cần có tên và mô hình.</translation>
    </message>
    <message>
        <source>The address must be an http:// or https:// URL, such as http://192.168.1.5:8080/v1.</source>
        <translation>Địa chỉ phải là URL http:// hoặc https://, ví dụ http://192.168.1.5:8080/v1.</translation>
    </message>
    <message>
        <source>Listening on %1 needs an API key: only 127.0.0.1 and ::1 are served without one.</source>
        <translation>Lắng nghe trên %1 cần có khóa API: chỉ 127.0.0.1 và ::1 được phục vụ mà không cần khóa.</translation>
    </message>
    <message>
        <source>Pages from %1 may not use this server.</source>
        <translation>Các trang từ %1 không được phép dùng máy chủ này.</translation>
    </message>
    <message>
        <source>This server answers requests addressed to localhost only.</source>
        <translation>Máy chủ này chỉ trả lời các yêu cầu gửi tới localhost.</translation>
    </message>
    <message>
        <source>This server needs an API key: send &quot;Authorization: Bearer &lt;key&gt;&quot;.</source>
        <translation>Máy chủ này cần khóa API: hãy gửi &quot;Authorization: Bearer &lt;key&gt;&quot;.</translation>
    </message>
    <message>
        <source>The API key is wrong.</source>
        <translation>Khóa API không đúng.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON (%1 at byte %2).</source>
        <translation>Phần thân yêu cầu không phải JSON hợp lệ (%1 tại byte %2).</translation>
    </message>
    <message>
        <source>A chunk size line of the request body is longer than %1 bytes.</source>
        <translation>Một dòng kích thước chunk trong phần thân yêu cầu dài hơn %1 byte.</translation>
    </message>
    <message>
        <source>A chunk size line of the request body is malformed.</source>
        <translation>Một dòng kích thước chunk trong phần thân yêu cầu bị sai định dạng.</translation>
    </message>
    <message>
        <source>A chunk of the request body does not start with its size in hexadecimal.</source>
        <translation>Một chunk trong phần thân yêu cầu không bắt đầu bằng kích thước ở dạng thập lục phân.</translation>
    </message>
    <message>
        <source>The request body is larger than this server accepts (%1 bytes).</source>
        <translation>Phần thân yêu cầu lớn hơn mức máy chủ này chấp nhận (%1 byte).</translation>
    </message>
    <message>
        <source>A chunk of the request body is longer than its size says.</source>
        <translation>Một chunk trong phần thân yêu cầu dài hơn kích thước đã khai báo.</translation>
    </message>
    <message>
        <source>The request body&apos;s trailer is larger than %1 bytes.</source>
        <translation>Phần trailer của thân yêu cầu lớn hơn %1 byte.</translation>
    </message>
    <message>
        <source>A trailer line of the request body is malformed.</source>
        <translation>Một dòng trailer của thân yêu cầu bị sai định dạng.</translation>
    </message>
    <message>
        <source>The request body is %1 bytes; this server accepts at most %2.</source>
        <translation>Phần thân yêu cầu có %1 byte; máy chủ này chấp nhận tối đa %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2.</source>
        <translation>&apos;%1&apos; phải là %2.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3.</source>
        <translation>&apos;%1&apos; phải nằm trong khoảng từ %2 đến %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from 1 to %2.</source>
        <translation>&apos;%1&apos; phải là số nguyên từ 1 đến %2.</translation>
    </message>
    <message>
        <source>&apos;stop&apos; must be a text or a list of texts.</source>
        <translation>&apos;stop&apos; phải là một văn bản hoặc một danh sách văn bản.</translation>
    </message>
    <message>
        <source>&apos;stop&apos; takes at most 4 texts, none of them empty.</source>
        <translation>&apos;stop&apos; nhận tối đa 4 văn bản, không văn bản nào được để trống.</translation>
    </message>
    <message>
        <source>A message&apos;s &apos;content&apos; must be a text.</source>
        <translation>&apos;content&apos; của tin nhắn phải là văn bản.</translation>
    </message>
    <message>
        <source>Only text parts are understood in a message&apos;s content.</source>
        <translation>Chỉ các phần văn bản trong nội dung tin nhắn mới được hiểu.</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a list of at least one message.</source>
        <translation>&apos;messages&apos; phải là danh sách có ít nhất một tin nhắn.</translation>
    </message>
    <message>
        <source>A message&apos;s role must be system, user or assistant, not &apos;%1&apos;.</source>
        <translation>Vai trò của tin nhắn phải là system, user hoặc assistant, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The last message must be from the user (or an assistant reply to continue).</source>
        <translation>Tin nhắn cuối cùng phải là của người dùng (hoặc là câu trả lời của trợ lý cần viết tiếp).</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be a text (or a list of one text).</source>
        <translation>&apos;prompt&apos; phải là một văn bản (hoặc danh sách chỉ gồm một văn bản).</translation>
    </message>
    <message>
        <source>Only one choice per request is made (&apos;n&apos; must be 1).</source>
        <translation>Mỗi yêu cầu chỉ tạo một lựa chọn (&apos;n&apos; phải là 1).</translation>
    </message>
    <message>
        <source>Tools are not supported by this server.</source>
        <translation>Máy chủ này không hỗ trợ công cụ (tools).</translation>
    </message>
    <message>
        <source>&apos;stream&apos; must be true or false.</source>
        <translation>&apos;stream&apos; phải là true hoặc false.</translation>
    </message>
    <message>
        <source>&apos;think&apos; must be one of: %1.</source>
        <translation>&apos;think&apos; phải là một trong: %1.</translation>
    </message>
    <message>
        <source>&apos;reasoning_effort&apos; must be none, minimal, low, medium or high.</source>
        <translation>&apos;reasoning_effort&apos; phải là none, minimal, low, medium hoặc high.</translation>
    </message>
    <message>
        <source>&apos;model&apos; is required: one of the names GET /v1/models lists.</source>
        <translation>Cần có &apos;model&apos;: một trong các tên mà GET /v1/models liệt kê.</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be a text or a list of texts.</source>
        <translation>&apos;input&apos; phải là một văn bản hoặc một danh sách văn bản.</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be 1 to 256 texts, none of them empty.</source>
        <translation>&apos;input&apos; phải gồm từ 1 đến 256 văn bản, không văn bản nào được để trống.</translation>
    </message>
    <message>
        <source>&apos;encoding_format&apos; must be &apos;float&apos; or &apos;base64&apos;.</source>
        <translation>&apos;encoding_format&apos; phải là &apos;float&apos; hoặc &apos;base64&apos;.</translation>
    </message>
    <message>
        <source>This model does not take the think mode &apos;%1&apos;; it takes: %2.</source>
        <translation>Mô hình này không hỗ trợ chế độ suy nghĩ &apos;%1&apos;; các chế độ được hỗ trợ: %2.</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>Lời nhắc đang trống.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than %1 bytes.</source>
        <translation>Phần header của yêu cầu lớn hơn %1 byte.</translation>
    </message>
    <message>
        <source>The request line is not HTTP/1.x.</source>
        <translation>Dòng yêu cầu không phải HTTP/1.x.</translation>
    </message>
    <message>
        <source>A request header has no name.</source>
        <translation>Một header của yêu cầu không có tên.</translation>
    </message>
    <message>
        <source>The request has both a Content-Length and a Transfer-Encoding.</source>
        <translation>Yêu cầu có cả Content-Length lẫn Transfer-Encoding.</translation>
    </message>
    <message>
        <source>The request body&apos;s Transfer-Encoding &quot;%1&quot; is not supported; send it plain with a Content-Length, or chunked.</source>
        <translation>Transfer-Encoding &quot;%1&quot; của phần thân yêu cầu không được hỗ trợ; hãy gửi dạng thường kèm Content-Length, hoặc dạng chunked.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Header Content-Length không phải là số.</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Suy nghĩ</translation>
    </message>
    <message>
        <source>This file is not a valid Linnet conversation: %1.</source>
        <translation>Tệp này không phải là cuộc trò chuyện Linnet hợp lệ: %1.</translation>
    </message>
    <message>
        <source>%1 has no valid &quot;%2&quot; time</source>
        <translation>%1 không có thời gian &quot;%2&quot; hợp lệ</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; text</source>
        <translation>%1 không có văn bản &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has no valid &quot;%2&quot;</source>
        <translation>%1 không có &quot;%2&quot; hợp lệ</translation>
    </message>
    <message>
        <source>%1 has no statistics</source>
        <translation>%1 không có số liệu thống kê</translation>
    </message>
    <message>
        <source>%1 has an unknown finish reason</source>
        <translation>%1 có lý do kết thúc không xác định</translation>
    </message>
    <message>
        <source>it has no list of messages</source>
        <translation>tệp không có danh sách tin nhắn</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>tin nhắn %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 không phải là một đối tượng</translation>
    </message>
    <message>
        <source>%1 should be from the %2</source>
        <translation>%1 phải đến từ %2</translation>
    </message>
    <message>
        <source>This file is not a conversation exported from Linnet.</source>
        <translation>Tệp này không phải là cuộc trò chuyện được xuất từ Linnet.</translation>
    </message>
    <message>
        <source>its format version is missing</source>
        <translation>thiếu phiên bản định dạng</translation>
    </message>
    <message>
        <source>This conversation was exported by a newer version of Linnet (format %1); this version reads format %2. Update Linnet to import it.</source>
        <translation>Cuộc trò chuyện này được xuất bởi một phiên bản Linnet mới hơn (định dạng %1); phiên bản này đọc định dạng %2. Hãy cập nhật Linnet để nhập.</translation>
    </message>
    <message>
        <source>This file is not valid JSON (%1 at byte %2).</source>
        <translation>Tệp này không phải JSON hợp lệ (%1 tại byte %2).</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>cuộc trò chuyện</translation>
    </message>
    <message>
        <source>the conversation has no title</source>
        <translation>cuộc trò chuyện không có tiêu đề</translation>
    </message>
    <message>
        <source>the conversation has no settings</source>
        <translation>cuộc trò chuyện không có cài đặt</translation>
    </message>
    <message>
        <source>its settings are refused (%1)</source>
        <translation>cài đặt của nó bị từ chối (%1)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a conversation export.</source>
        <translation>%1 lớn hơn %2 MB, quá lớn đối với một tệp xuất cuộc trò chuyện.</translation>
    </message>
    <message>
        <source>The message is longer than %1 MiB; split it into several messages.</source>
        <translation>Tin nhắn dài hơn %1 MiB; hãy chia nó thành nhiều tin nhắn.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program, which has held its lock for more than %2 seconds. Close the other Linnet window or command and try again; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 đang được một chương trình khác sử dụng, chương trình đó đã giữ khóa hơn %2 giây. Hãy đóng cửa sổ hoặc lệnh Linnet kia rồi thử lại; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its disk is read-only. Make it writable or choose another data folder; nothing was changed.</source>
        <translation>Không thể ghi cơ sở dữ liệu %1: tệp hoặc ổ đĩa chứa nó ở chế độ chỉ đọc. Hãy cho phép ghi hoặc chọn thư mục dữ liệu khác; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Linnet may not open the database %1 (%2). Check the permissions of the file and its folder; nothing was changed.</source>
        <translation>Linnet không được phép mở cơ sở dữ liệu %1 (%2). Hãy kiểm tra quyền của tệp và thư mục chứa nó; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Linnet may not read the database %1 (permission denied). Check the permissions of the file and its folder; nothing was changed.</source>
        <translation>Linnet không được phép đọc cơ sở dữ liệu %1 (bị từ chối quyền truy cập). Hãy kiểm tra quyền của tệp và thư mục chứa nó; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>SQLite reports it as damaged: %1</source>
        <translation>SQLite báo rằng tệp bị hỏng: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left as it is; start Linnet or a chat to keep it aside and begin a new one.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng (%2). Tệp được giữ nguyên; hãy khởi động Linnet hoặc một cuộc trò chuyện để cất nó sang một bên và bắt đầu cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>Message %1 does not exist.</source>
        <translation>Tin nhắn %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không thể mở %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to read into a chat (more than 8 MB of text).</source>
        <translation>%1 quá lớn để đọc vào cuộc trò chuyện (hơn 8 MB văn bản).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 không phải văn bản UTF-8.</translation>
    </message>
    <message>
        <source>%1 is too large to read into a chat.</source>
        <translation>%1 quá lớn để đọc vào cuộc trò chuyện.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file that can be read.</source>
        <translation>%1 không phải là tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>%1: only .txt, .md and .pdf files can be attached.</source>
        <translation>%1: chỉ có thể đính kèm tệp .txt, .md và .pdf.</translation>
    </message>
    <message>
        <source>%1 holds no text to read.</source>
        <translation>%1 không có văn bản nào để đọc.</translation>
    </message>
    <message>
        <source>There is no starting point called &quot;%1&quot;.</source>
        <translation>Không có điểm khởi đầu nào tên là &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A starting point needs a name.</source>
        <translation>Điểm khởi đầu cần có tên.</translation>
    </message>
    <message>
        <source>There is already a starting point called &quot;%1&quot;.</source>
        <translation>Đã có một điểm khởi đầu tên là &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is not an intact Linnet state file: %1. Nothing was imported.</source>
        <translation>Đây không phải là tệp trạng thái Linnet nguyên vẹn: %1. Chưa có gì được nhập.</translation>
    </message>
    <message>
        <source>its header has no valid &quot;%1&quot;</source>
        <translation>phần đầu tệp không có &quot;%1&quot; hợp lệ</translation>
    </message>
    <message>
        <source>it is only %1 bytes long</source>
        <translation>tệp chỉ dài %1 byte</translation>
    </message>
    <message>
        <source>it does not start with the state file marker</source>
        <translation>tệp không bắt đầu bằng dấu hiệu của tệp trạng thái</translation>
    </message>
    <message>
        <source>This state file has format version %1; this Linnet reads version %2.</source>
        <translation>Tệp trạng thái này có phiên bản định dạng %1; bản Linnet này đọc phiên bản %2.</translation>
    </message>
    <message>
        <source>its header size does not fit the file</source>
        <translation>kích thước phần đầu tệp không khớp với tệp</translation>
    </message>
    <message>
        <source>its checksum does not match its content (the file was changed or cut short)</source>
        <translation>tổng kiểm tra không khớp với nội dung (tệp đã bị thay đổi hoặc bị cắt cụt)</translation>
    </message>
    <message>
        <source>its header is not readable</source>
        <translation>phần đầu tệp không đọc được</translation>
    </message>
    <message>
        <source>its sizes do not add up to its length</source>
        <translation>các kích thước trong tệp không khớp với độ dài của tệp</translation>
    </message>
    <message>
        <source>its header and its state name different models</source>
        <translation>phần đầu tệp và trạng thái của nó ghi tên hai mô hình khác nhau</translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation>Không thể ghi tệp trạng thái %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the state file %1: %2</source>
        <translation>Không thể mở tệp trạng thái %1: %2</translation>
    </message>
    <message>
        <source>it is larger than any model state (%1 bytes)</source>
        <translation>tệp lớn hơn mọi trạng thái mô hình (%1 byte)</translation>
    </message>
    <message>
        <source>This state file was made with the model %1 (fingerprint %2) and cannot be used with %3 (fingerprint %4). Nothing was imported.</source>
        <translation>Tệp trạng thái này được tạo với mô hình %1 (dấu vân tay %2) và không thể dùng với %3 (dấu vân tay %4). Chưa có gì được nhập.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <source>Conversation %1 has no saved state after its last message: send a message with its model first.</source>
        <translation>Cuộc trò chuyện %1 chưa có trạng thái được lưu sau tin nhắn cuối cùng: hãy gửi một tin nhắn với mô hình của nó trước.</translation>
    </message>
    <message>
        <source>The starting point &quot;%1&quot; has no state for this model yet: start a chat from it first.</source>
        <translation>Điểm khởi đầu &quot;%1&quot; chưa có trạng thái cho mô hình này: hãy bắt đầu một cuộc trò chuyện từ nó trước.</translation>
    </message>
    <message>
        <source>An RWKV-4 state cannot be saved as a state-tuning .pth file: that layout holds the matrix state of RWKV-5, 6 and 7, which RWKV-4 does not have. Save it as a Linnet state file instead.</source>
        <translation>Không thể lưu trạng thái RWKV-4 thành tệp .pth tinh chỉnh trạng thái: định dạng đó chứa trạng thái ma trận của RWKV-5, 6 và 7, mà RWKV-4 không có. Hãy lưu nó thành tệp trạng thái Linnet.</translation>
    </message>
    <message>
        <source>%1 has a thought that is not an object</source>
        <translation>%1 có một suy nghĩ không phải là đối tượng</translation>
    </message>
    <message>
        <source>%1 has a think mode longer than 64 characters</source>
        <translation>%1 có chế độ suy nghĩ dài hơn 64 ký tự</translation>
    </message>
    <message>
        <source>%1 has a document name that is empty or longer than 255 characters</source>
        <translation>%1 có tên tài liệu trống hoặc dài hơn 255 ký tự</translation>
    </message>
</context>
<context>
    <name>RemoteModelDialog</name>
    <message>
        <source>Add a remote model</source>
        <translation>Thêm mô hình từ xa</translation>
    </message>
    <message>
        <source>Chat with a model on another computer or service through its OpenAI-compatible API. The whole conversation is sent with each message.</source>
        <translation>Trò chuyện với mô hình trên máy tính hoặc dịch vụ khác qua API tương thích OpenAI của nó. Toàn bộ cuộc trò chuyện được gửi đi kèm mỗi tin nhắn.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Đang hỏi…</translation>
    </message>
    <message>
        <source>List models</source>
        <translation>Liệt kê mô hình</translation>
    </message>
    <message>
        <source>API key (if the server asks for one)</source>
        <translation>Khóa API (nếu máy chủ yêu cầu)</translation>
    </message>
    <message>
        <source>Kept in your data folder, readable only by you</source>
        <translation>Được lưu trong thư mục dữ liệu của bạn, chỉ bạn mới đọc được</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Name in Linnet</source>
        <translation>Tên trong Linnet</translation>
    </message>
    <message>
        <source>Remote models</source>
        <translation>Mô hình từ xa</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Gỡ %1</translation>
    </message>
    <message>
        <source>Add and use</source>
        <translation>Thêm và dùng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <source>Changed for this chat. %1</source>
        <translation>Đã thay đổi cho cuộc trò chuyện này. %1</translation>
    </message>
    <message>
        <source>%1 (changed for this chat)</source>
        <translation>%1 (đã thay đổi cho cuộc trò chuyện này)</translation>
    </message>
    <message>
        <source>Use the default for %1</source>
        <translation>Dùng giá trị mặc định cho %1</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Công cụ suy luận</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Chiến lược</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Số luồng</translation>
    </message>
    <message>
        <source>CPU threads for the engine. 0 uses every core (at most 8), and fewer while other programs keep cores busy. A number uses exactly that many threads.</source>
        <translation>Số luồng CPU cho công cụ suy luận. 0 sẽ dùng mọi lõi (tối đa 8) và dùng ít hơn khi các chương trình khác đang chiếm lõi. Nhập một số để dùng đúng chừng ấy luồng.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Apply and reload the model</source>
        <translation>Áp dụng và tải lại mô hình</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>Settings for new chats</source>
        <translation>Cài đặt cho cuộc trò chuyện mới</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>Trò chuyện này</translation>
    </message>
    <message>
        <source>Settings for this chat only</source>
        <translation>Cài đặt chỉ áp dụng cho cuộc trò chuyện này</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <source>Randomness of the reply. 0 always picks the most likely token; higher is more varied.</source>
        <translation>Độ ngẫu nhiên của câu trả lời. 0 luôn chọn token có khả năng cao nhất; càng cao thì càng đa dạng.</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Keep only the most likely tokens whose probabilities add up to this. Lower is more focused.</source>
        <translation>Chỉ giữ những token có khả năng cao nhất mà tổng xác suất đạt giá trị này. Càng thấp thì càng tập trung.</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Keep only this many most likely tokens. 0 turns it off.</source>
        <translation>Chỉ giữ lại bấy nhiêu token có khả năng cao nhất. 0 để tắt.</translation>
    </message>
    <message>
        <source>Top-a</source>
        <translation>Top-a</translation>
    </message>
    <message>
        <source>Drop tokens much less likely than the best one (below top-a × best²). 0 turns it off.</source>
        <translation>Loại bỏ các token kém khả năng hơn nhiều so với token tốt nhất (dưới top-a × best²). 0 để tắt.</translation>
    </message>
    <message>
        <source>Top-p-x</source>
        <translation>Top-p-x</translation>
    </message>
    <message>
        <source>With top-p, also keep every token more likely than this. 0 turns it off.</source>
        <translation>Khi dùng top-p, giữ thêm mọi token có xác suất cao hơn giá trị này. 0 để tắt.</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Phạt xuất hiện</translation>
    </message>
    <message>
        <source>Discourages tokens that already appeared in the reply, once each.</source>
        <translation>Hạn chế các token đã xuất hiện trong câu trả lời, mỗi token chỉ tính một lần.</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Phạt tần suất</translation>
    </message>
    <message>
        <source>Discourages tokens the more often they appeared in the reply.</source>
        <translation>Token xuất hiện càng nhiều trong câu trả lời thì càng bị hạn chế.</translation>
    </message>
    <message>
        <source>Penalty decay</source>
        <translation>Suy giảm mức phạt</translation>
    </message>
    <message>
        <source>How fast old tokens are forgiven: penalties are multiplied by this after every token.</source>
        <translation>Tốc độ “tha thứ” cho các token cũ: sau mỗi token, mức phạt được nhân với giá trị này.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Số token tối đa</translation>
    </message>
    <message>
        <source>The longest reply, in tokens.</source>
        <translation>Độ dài tối đa của câu trả lời, tính bằng token.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Hạt giống</translation>
    </message>
    <message>
        <source>The same seed gives the same reply. Leave empty for a new random seed every time.</source>
        <translation>Cùng một hạt giống sẽ cho cùng một câu trả lời. Để trống để dùng hạt giống ngẫu nhiên mới mỗi lần.</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ngẫu nhiên</translation>
    </message>
    <message>
        <source>Stop texts</source>
        <translation>Văn bản dừng</translation>
    </message>
    <message>
        <source>The reply also ends at any of these texts, one per line.</source>
        <translation>Câu trả lời cũng sẽ dừng khi gặp bất kỳ văn bản nào sau đây, mỗi dòng một văn bản.</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>mỗi dòng một mục</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Lời nhắc hệ thống</translation>
    </message>
    <message>
        <source>Instructions the model reads before the conversation.</source>
        <translation>Chỉ dẫn mà mô hình đọc trước cuộc trò chuyện.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>How the conversation is written for the model. Automatic picks the one the model was trained with.</source>
        <translation>Cách cuộc trò chuyện được trình bày cho mô hình. “Tự động” sẽ chọn mẫu mà mô hình đã được huấn luyện.</translation>
    </message>
    <message>
        <source>Reset this chat to the defaults</source>
        <translation>Đặt lại cuộc trò chuyện này về mặc định</translation>
    </message>
    <message>
        <source>Reset the defaults</source>
        <translation>Đặt lại mặc định</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Chủ đề tối</translation>
    </message>
    <message>
        <source>Follows the system at start; switch it here.</source>
        <translation>Theo hệ thống khi khởi động; bạn có thể đổi tại đây.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The language of the window. Changes at once.</source>
        <translation>Ngôn ngữ của giao diện. Thay đổi ngay lập tức.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <source>Tuned state</source>
        <translation>Trạng thái đã tinh chỉnh</translation>
    </message>
    <message>
        <source>A state-tuning file (.pth) made for this model: the chat starts from it instead of an empty state.</source>
        <translation>Tệp tinh chỉnh trạng thái (.pth) dành cho mô hình này: cuộc trò chuyện bắt đầu từ đó thay vì từ trạng thái trống.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose a state-tuning file</source>
        <translation>Chọn tệp tinh chỉnh trạng thái</translation>
    </message>
    <message>
        <source>State files (*.pth)</source>
        <translation>Tệp trạng thái (*.pth)</translation>
    </message>
    <message numerus="yes">
        <source>This computer has %n core(s): more threads than cores make replies slower.</source>
        <translation>
            <numerusform>Máy này có %n lõi: dùng nhiều luồng hơn số lõi sẽ khiến câu trả lời chậm hơn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Bộ tách từ</translation>
    </message>
    <message>
        <source>How text becomes tokens for the model in use. Automatic picks the one its vocabulary was trained with. Changing it reloads the model; states saved with another tokenizer are not reused.</source>
        <translation>Cách văn bản được chuyển thành token cho mô hình đang dùng. Tự động sẽ chọn bộ tách từ mà từ vựng của mô hình được huấn luyện cùng. Thay đổi mục này sẽ tải lại mô hình; các trạng thái đã lưu với bộ tách từ khác sẽ không được dùng lại.</translation>
    </message>
    <message>
        <source>RWKV World</source>
        <translation>RWKV World</translation>
    </message>
    <message>
        <source>GPT-NeoX (RWKV-4 Pile and Raven)</source>
        <translation>GPT-NeoX (RWKV-4 Pile và Raven)</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Cài đặt sẵn</translation>
    </message>
    <message>
        <source>Sampling values recommended for this model for a kind of task; one click sets them all.</source>
        <translation>Các giá trị lấy mẫu được đề xuất cho mô hình này theo từng loại tác vụ; chỉ một lần nhấp là đặt tất cả.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Chỉnh sửa…</translation>
    </message>
    <message>
        <source>Edit the template of this chat</source>
        <translation>Chỉnh sửa mẫu của cuộc trò chuyện này</translation>
    </message>
    <message>
        <source>About Linnet…</source>
        <translation>Giới thiệu về Linnet…</translation>
    </message>
    <message>
        <source>How the model runs: precision per layer, e.g. &quot;cpu bf16&quot; or &quot;cpu bf16i8 *20 -&gt; cpu fp32&quot;. &quot;auto&quot; runs each model in the fastest precision measured to keep its accuracy (4-bit for RWKV-5.2, 6 and 7, else 8-bit). Changing it reloads the model.</source>
        <translation>Cách mô hình chạy: độ chính xác theo từng lớp, ví dụ &quot;cpu bf16&quot; hoặc &quot;cpu bf16i8 *20 -&gt; cpu fp32&quot;. &quot;auto&quot; chạy mỗi mô hình ở độ chính xác nhanh nhất đã đo mà vẫn giữ được độ chính xác (4-bit cho RWKV-5.2, 6 và 7, còn lại 8-bit). Thay đổi sẽ tải lại mô hình.</translation>
    </message>
    <message>
        <source>Sets the strategy to one precision for every layer. bf16 halves the memory with little loss; int8 quarters it, a little less precise; 4-bit (bf16i4) needs about a sixth and is the fastest; fp32 is exact but needs the most memory.</source>
        <translation>Đặt chiến lược dùng một độ chính xác cho mọi lớp. bf16 giảm một nửa bộ nhớ mà ít mất mát; int8 còn một phần tư, kém chính xác hơn một chút; 4-bit (bf16i4) cần khoảng một phần sáu và nhanh nhất; fp32 chính xác nhưng cần nhiều bộ nhớ nhất.</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Hỗn hợp</translation>
    </message>
</context>
<context>
    <name>StartPointMenu</name>
    <message>
        <source>New chat from…</source>
        <translation>Trò chuyện mới từ…</translation>
    </message>
    <message>
        <source>New chat from a starting point</source>
        <translation>Trò chuyện mới từ một điểm khởi đầu</translation>
    </message>
    <message>
        <source>Start a chat from a saved starting point: a persona, a long prompt or a document</source>
        <translation>Bắt đầu cuộc trò chuyện từ một điểm khởi đầu đã lưu: một nhân vật, một lời nhắc dài hoặc một tài liệu</translation>
    </message>
    <message>
        <source>Add a state-tuned file…</source>
        <translation>Thêm tệp trạng thái đã tinh chỉnh…</translation>
    </message>
    <message>
        <source>Add a state-tuned file</source>
        <translation>Thêm tệp trạng thái đã tinh chỉnh</translation>
    </message>
    <message>
        <source>State-tuned files (*.pth *.safetensors)</source>
        <translation>Tệp trạng thái đã tinh chỉnh (*.pth *.safetensors)</translation>
    </message>
    <message>
        <source>Import a state file…</source>
        <translation>Nhập tệp trạng thái…</translation>
    </message>
    <message>
        <source>Import a state file</source>
        <translation>Nhập tệp trạng thái</translation>
    </message>
    <message>
        <source>Linnet state files (*.lnstate)</source>
        <translation>Tệp trạng thái Linnet (*.lnstate)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Template of this chat</source>
        <translation>Mẫu của cuộc trò chuyện này</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Dấu phân cách</translation>
    </message>
    <message>
        <source>Stop texts</source>
        <translation>Văn bản dừng</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>mỗi dòng một văn bản</translation>
    </message>
    <message>
        <source>What the model reads, for a two-turn example:</source>
        <translation>Những gì mô hình đọc, với một ví dụ gồm hai lượt:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation>Dùng mẫu gốc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>{text} stands for the message (or the system prompt); %1 is a line break.</source>
        <translation>{text} thay cho tin nhắn (hoặc lời nhắc hệ thống); %1 là một dấu xuống dòng.</translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message numerus="yes">
        <source>Thinking… %n token(s)</source>
        <translation>
            <numerusform>Đang suy nghĩ… %n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %1 s · %n token(s)</source>
        <translation>
            <numerusform>Đã suy nghĩ trong %1 giây · %n token</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thought</source>
        <translation>Ẩn phần suy nghĩ</translation>
    </message>
    <message>
        <source>Show the thought</source>
        <translation>Hiện phần suy nghĩ</translation>
    </message>
    <message>
        <source>The model&apos;s thought</source>
        <translation>Suy nghĩ của mô hình</translation>
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
        <translation>Đang tải mô hình</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Đang tải %1…</translation>
    </message>
    <message>
        <source>Model failed to load</source>
        <translation>Không tải được mô hình</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Chọn mô hình</translation>
    </message>
    <message>
        <source>Active model: %1</source>
        <translation>Mô hình đang dùng: %1</translation>
    </message>
    <message>
        <source>Pick, download or import a model</source>
        <translation>Chọn, tải xuống hoặc nhập mô hình</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Quản lý mô hình…</translation>
    </message>
    <message>
        <source>RWKV-%1 · %2</source>
        <translation>RWKV-%1 · %2</translation>
    </message>
    <message>
        <source>Switch to the light theme</source>
        <translation>Chuyển sang chủ đề sáng</translation>
    </message>
    <message>
        <source>Switch to the dark theme</source>
        <translation>Chuyển sang chủ đề tối</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Cài đặt (Ctrl+,)</translation>
    </message>
    <message>
        <source>Show or hide the conversations (Ctrl+B)</source>
        <translation>Hiện hoặc ẩn danh sách cuộc trò chuyện (Ctrl+B)</translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation>%1 (từ xa)</translation>
    </message>
    <message>
        <source>Add a remote model…</source>
        <translation>Thêm mô hình từ xa…</translation>
    </message>
    <message>
        <source>Remote · %1</source>
        <translation>Từ xa · %1</translation>
    </message>
</context>
<context>
    <name>VersionArrows</name>
    <message>
        <source>Previous version</source>
        <translation>Phiên bản trước</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Phiên bản %1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Phiên bản sau</translation>
    </message>
</context>
<context>
    <name>linnet::app</name>
    <message>
        <source>%1 refused the API key. Check the key in the remote model&apos;s settings.</source>
        <translation>%1 đã từ chối khóa API. Hãy kiểm tra khóa trong cài đặt của mô hình từ xa.</translation>
    </message>
    <message>
        <source>%1 does not have this model (or this address is not an OpenAI-compatible API).</source>
        <translation>%1 không có mô hình này (hoặc địa chỉ này không phải là API tương thích OpenAI).</translation>
    </message>
    <message>
        <source>%1 is busy or your quota is used up. Wait a moment and try again.</source>
        <translation>%1 đang bận hoặc bạn đã dùng hết hạn mức. Hãy chờ một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 failed with an error of its own (HTTP %2).</source>
        <translation>%1 gặp lỗi từ phía chính nó (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 đã từ chối yêu cầu (HTTP %2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: nothing answers at that address. Is the server running?</source>
        <translation>Không thể kết nối tới %1: không có gì phản hồi tại địa chỉ đó. Máy chủ có đang chạy không?</translation>
    </message>
    <message>
        <source>Cannot find %1: check the address.</source>
        <translation>Không tìm thấy %1: hãy kiểm tra địa chỉ.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation>%1 đã đóng kết nối trước khi trả lời xong.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 không phản hồi kịp thời.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>Kết nối bảo mật tới %1 thất bại: chứng chỉ của nó không đáng tin cậy.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Kết nối tới %1 thất bại.</translation>
    </message>
</context>
<context>
    <name>linnet::app::ApiServer</name>
    <message>
        <source>The server has too many connections; try again.</source>
        <translation>Máy chủ có quá nhiều kết nối; hãy thử lại.</translation>
    </message>
    <message>
        <source>There is no %1 %2 here.</source>
        <translation>Không có %1 %2 ở đây.</translation>
    </message>
    <message>
        <source>%1 takes %2 requests.</source>
        <translation>%1 chỉ nhận yêu cầu %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Phần thân yêu cầu phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Chưa có mô hình nào được tải.</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; this server has &apos;%2&apos;.</source>
        <translation>Mô hình &apos;%1&apos; không có ở đây; máy chủ này có &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; is no longer loaded.</source>
        <translation>Mô hình &apos;%1&apos; không còn được tải.</translation>
    </message>
</context>
<context>
    <name>linnet::app::CatalogStore</name>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>Không thể đọc danh mục %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a model catalog.</source>
        <translation>%1 quá lớn, không thể là danh mục mô hình.</translation>
    </message>
    <message>
        <source>Cannot load the catalog from %1: %2</source>
        <translation>Không thể tải danh mục từ %1: %2</translation>
    </message>
    <message>
        <source>Cannot keep the catalog in %1: %2</source>
        <translation>Không thể lưu danh mục vào %1: %2</translation>
    </message>
</context>
<context>
    <name>linnet::app::CatalogUpdate</name>
    <message>
        <source>Cannot check for new models (%1). The catalog is unchanged.</source>
        <translation>Không thể kiểm tra mô hình mới (%1). Danh mục không thay đổi.</translation>
    </message>
    <message>
        <source>%1 The catalog is unchanged.</source>
        <translation>%1 Danh mục không thay đổi.</translation>
    </message>
</context>
<context>
    <name>linnet::app::ConversationFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>Không nhập được %1: %2</translation>
    </message>
</context>
<context>
    <name>linnet::app::DownloadTask</name>
    <message>
        <source>There is no address to download %1 from.</source>
        <translation>Không có địa chỉ nào để tải xuống %1.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 đã tồn tại.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>Checking the %1 downloaded earlier…</source>
        <translation>Đang kiểm tra %1 đã tải trước đó…</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation>Kết nối đến %1 bị gián đoạn.</translation>
    </message>
    <message>
        <source>The server answered the request to continue at byte %1 with the range &apos;%2&apos;.</source>
        <translation>Máy chủ trả lời yêu cầu tải tiếp từ byte %1 bằng phạm vi &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 offers a different file (SHA-256 %2) than the one expected (%3).</source>
        <translation>%1 cung cấp một tệp khác (SHA-256 %2) với tệp dự kiến (%3).</translation>
    </message>
    <message>
        <source>%1 offers a file of %2 bytes, but %3 bytes were expected.</source>
        <translation>%1 cung cấp tệp %2 byte, nhưng dự kiến là %3 byte.</translation>
    </message>
    <message>
        <source>%1 sent more than the %2 bytes expected.</source>
        <translation>%1 đã gửi nhiều hơn %2 byte dự kiến.</translation>
    </message>
    <message>
        <source>%1 could not continue the partial file.</source>
        <translation>%1 không thể tải tiếp tệp đang tải dở.</translation>
    </message>
    <message>
        <source>%1 answered %2 %3 for %4.</source>
        <translation>%1 trả về %2 %3 cho %4.</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation>%1 trả về phản hồi không mong đợi (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 ended before the whole file arrived.</source>
        <translation>Kết nối đến %1 đã kết thúc trước khi nhận đủ tệp.</translation>
    </message>
    <message>
        <source>%1 did not answer for %2 seconds.</source>
        <translation>%1 không phản hồi trong %2 giây.</translation>
    </message>
    <message>
        <source>Downloading from %1 failed: %2</source>
        <translation>Tải xuống từ %1 thất bại: %2</translation>
    </message>
    <message>
        <source>%1 redirected without saying where to.</source>
        <translation>%1 chuyển hướng nhưng không cho biết đến đâu.</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 chuyển hướng quá nhiều lần.</translation>
    </message>
    <message>
        <source>%1 redirected to an address Linnet does not use. %2</source>
        <translation>%1 chuyển hướng đến một địa chỉ mà Linnet không sử dụng. %2</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3 of %4).</source>
        <translation>%1 Thử lại sau %2 giây (lần %3/%4).</translation>
    </message>
    <message>
        <source>%1 Trying the mirror %2.</source>
        <translation>%1 Đang thử máy chủ dự phòng %2.</translation>
    </message>
    <message>
        <source>The download of %1 has %2 bytes, but %3 were expected. It was deleted.</source>
        <translation>Tệp tải xuống %1 có %2 byte, nhưng dự kiến là %3 byte. Tệp đã bị xóa.</translation>
    </message>
    <message>
        <source>The downloaded file %1 is damaged: its SHA-256 is %2, but %3 gave %4. It was deleted; download it again.</source>
        <translation>Tệp đã tải %1 bị hỏng: SHA-256 của tệp là %2, nhưng %3 cung cấp %4. Tệp đã bị xóa; hãy tải xuống lại.</translation>
    </message>
    <message>
        <source>The partial download was kept; resume to continue.</source>
        <translation>Phần đã tải được giữ lại; bấm Tiếp tục để tải nốt.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Đã hủy tải xuống %1.</translation>
    </message>
    <message>
        <source>%1 sent %2 in %3 s, less than %4 per second.</source>
        <translation>%1 đã gửi %2 trong %3 giây, ít hơn %4 mỗi giây.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 without saying how large the file is; the download was stopped.</source>
        <translation>%1 đã gửi hơn %2 mà không cho biết kích thước tệp; đã dừng tải xuống.</translation>
    </message>
    <message>
        <source>%1 Gave up after %2 attempts.</source>
        <translation>%1 Đã bỏ cuộc sau %2 lần thử.</translation>
    </message>
</context>
<context>
    <name>linnet::app::HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Không thể lắng nghe trên %1 cổng %2: %3</translation>
    </message>
</context>
<context>
    <name>linnet::app::InferenceWorker</name>
    <message>
        <source>No model is loaded. Choose a model first.</source>
        <translation>Chưa có mô hình nào được tải. Hãy chọn một mô hình trước.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be added as a starting point. %2</source>
        <translation>Không thể thêm &quot;%1&quot; làm điểm khởi đầu. %2</translation>
    </message>
</context>
<context>
    <name>linnet::app::Job</name>
    <message>
        <source>No model is loaded. Choose a model first.</source>
        <translation>Chưa có mô hình nào được tải. Hãy chọn một mô hình trước.</translation>
    </message>
</context>
<context>
    <name>linnet::app::ModelManager</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>Linnet cannot write to %1; choose another folder.</source>
        <translation>Linnet không thể ghi vào %1; hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>%1 is already being downloaded as %2.</source>
        <translation>%1 đang được tải xuống với tên %2.</translation>
    </message>
    <message>
        <source>%1 is already installed.</source>
        <translation>%1 đã được cài đặt.</translation>
    </message>
    <message>
        <source>The models folder already has a file named %1; import it or delete it first.</source>
        <translation>Thư mục mô hình đã có một tệp tên là %1; hãy nhập hoặc xóa tệp đó trước.</translation>
    </message>
    <message>
        <source>The catalog has no model &apos;%1&apos;.</source>
        <translation>Danh mục không có mô hình &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used as a file name.</source>
        <translation>Không thể dùng &apos;%1&apos; làm tên tệp.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must end with .pth, .safetensors, .st or .bin.</source>
        <translation>&apos;%1&apos; phải kết thúc bằng .pth, .safetensors, .st hoặc .bin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>&apos;%1&apos; không phải là SHA-256 (64 chữ số thập lục phân).</translation>
    </message>
    <message>
        <source>%1 was downloaded, but it is not a model Linnet can read: %2 The file was deleted.</source>
        <translation>%1 đã được tải xuống, nhưng không phải là mô hình mà Linnet đọc được: %2 Tệp đã bị xóa.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 không tồn tại hoặc không phải là tệp.</translation>
    </message>
    <message>
        <source>%1 is not a model file Linnet imports (.pth, .safetensors, .st or .bin).</source>
        <translation>%1 không phải là tệp mô hình mà Linnet có thể nhập (.pth, .safetensors, .st hoặc .bin).</translation>
    </message>
    <message>
        <source>%1 is already in your library as %2.</source>
        <translation>%1 đã có trong thư viện của bạn với tên %2.</translation>
    </message>
    <message>
        <source>There is no model %1 in the library.</source>
        <translation>Không có mô hình %1 trong thư viện.</translation>
    </message>
    <message>
        <source>Cannot delete %1; the model stays in the library.</source>
        <translation>Không thể xóa %1; mô hình vẫn còn trong thư viện.</translation>
    </message>
</context>
<context>
    <name>linnet::app::PartialFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>Không thể ghi %1: %2 (ổ đĩa đã đầy?)</translation>
    </message>
    <message>
        <source>Cannot move the finished download to %1.</source>
        <translation>Không thể chuyển tệp đã tải xong đến %1.</translation>
    </message>
</context>
<context>
    <name>linnet::app::RemoteChat</name>
    <message>
        <source>That message is gone.</source>
        <translation>Tin nhắn đó không còn nữa.</translation>
    </message>
    <message>
        <source>There is no reply to regenerate.</source>
        <translation>Không có câu trả lời nào để tạo lại.</translation>
    </message>
    <message>
        <source>This chat starts from &quot;%1&quot;, a state-tuned file: a starting state for a local RWKV model, which a remote model cannot use. Choose a local model to continue it.</source>
        <translation>Cuộc trò chuyện này bắt đầu từ &quot;%1&quot;, một tệp trạng thái đã tinh chỉnh: trạng thái khởi đầu cho một mô hình RWKV cục bộ, mà mô hình từ xa không dùng được. Hãy chọn một mô hình cục bộ để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>linnet::app::RemoteClient</name>
    <message>
        <source>%1 lists no models: is this an OpenAI-compatible API address?</source>
        <translation>%1 không liệt kê mô hình nào: đây có phải là địa chỉ API tương thích OpenAI không?</translation>
    </message>
    <message>
        <source>%1 stopped with an error: %2</source>
        <translation>%1 dừng lại do lỗi: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation>%1 đã đóng kết nối trước khi trả lời xong.</translation>
    </message>
</context>
<context>
    <name>linnet::ui::ChatController</name>
    <message>
        <source>A state-tuned file is the starting state of a local RWKV model. Choose a local model to add one.</source>
        <translation>Tệp trạng thái đã tinh chỉnh là trạng thái khởi đầu của một mô hình RWKV cục bộ. Hãy chọn một mô hình cục bộ để thêm tệp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a state-tuned file: a starting state for a local RWKV model, which a remote model cannot use. Choose a local model to start a chat from it.</source>
        <translation>&quot;%1&quot; là một tệp trạng thái đã tinh chỉnh: trạng thái khởi đầu cho một mô hình RWKV cục bộ, mà mô hình từ xa không dùng được. Hãy chọn một mô hình cục bộ để bắt đầu trò chuyện từ nó.</translation>
    </message>
    <message>
        <source>A state file holds the state of a local RWKV model. Choose a local model to import one.</source>
        <translation>Tệp trạng thái chứa trạng thái của một mô hình RWKV cục bộ. Hãy chọn một mô hình cục bộ để nhập tệp.</translation>
    </message>
</context>
<context>
    <name>linnet::ui::FilePlaces</name>
    <message>
        <source>conversation</source>
        <translation>cuộc trò chuyện</translation>
    </message>
</context>
<context>
    <name>linnet::ui::LocalServerController</name>
    <message>
        <source>%1  %2 %3 → %4  %5 ms  prompt %6 (cached %7), reply %8</source>
        <translation>%1  %2 %3 → %4  %5 ms  lời nhắc %6 (đã lưu đệm %7), trả lời %8</translation>
    </message>
</context>
<context>
    <name>linnet::ui::ModelController</name>
    <message>
        <source>That remote model is no longer in the list.</source>
        <translation>Mô hình từ xa đó không còn trong danh sách.</translation>
    </message>
</context>
<context>
    <name>linnet::ui::ModelLibraryView</name>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>Tải xuống %1 thất bại: %2</translation>
    </message>
    <message>
        <source>Checking for new models…</source>
        <translation>Đang kiểm tra mô hình mới…</translation>
    </message>
    <message>
        <source>The catalog is up to date: there is no new official release.</source>
        <translation>Danh mục đã là mới nhất: không có bản phát hành chính thức mới nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n new model(s), marked New below: %1</source>
        <translation>
            <numerusform>%n mô hình mới, được đánh dấu Mới bên dưới: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linnet::ui::RemoteModelsView</name>
    <message>
        <source>“%1” is not a server address. Type one like http://192.168.1.5:8080/v1.</source>
        <translation>“%1” không phải là địa chỉ máy chủ. Hãy nhập địa chỉ dạng http://192.168.1.5:8080/v1.</translation>
    </message>
</context>
<context>
    <name>linnet::ui::SettingsController</name>
    <message>
        <source>Start the chat first: per-chat settings belong to a conversation.</source>
        <translation>Hãy bắt đầu trò chuyện trước: cài đặt riêng được gắn với từng cuộc trò chuyện.</translation>
    </message>
    <message>
        <source>Load a model first: the tokenizer is chosen per model file.</source>
        <translation>Hãy tải một mô hình trước: bộ tách từ được chọn theo từng tệp mô hình.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chat with RWKV language models.</source>
        <translation>Trò chuyện với các mô hình ngôn ngữ RWKV.</translation>
    </message>
    <message>
        <source>Keep conversations and models in this folder.</source>
        <translation>Lưu cuộc trò chuyện và mô hình trong thư mục này.</translation>
    </message>
    <message>
        <source>Load this model file at start.</source>
        <translation>Tải tệp mô hình này khi khởi động.</translation>
    </message>
    <message>
        <source>Save the window to this PNG and quit.</source>
        <translation>Lưu cửa sổ thành tệp PNG này rồi thoát.</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light hoặc dark.</translation>
    </message>
    <message>
        <source>en, vi or zh_CN.</source>
        <translation>en, vi hoặc zh_CN.</translation>
    </message>
    <message>
        <source>Open a panel at start: settings, models or about.</source>
        <translation>Mở một bảng khi khởi động: settings, models hoặc about.</translation>
    </message>
    <message>
        <source>Window size, e.g. 800x600.</source>
        <translation>Kích thước cửa sổ, ví dụ 800x600.</translation>
    </message>
</context>
</TS>
