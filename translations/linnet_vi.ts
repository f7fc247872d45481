<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Đóng</translation>
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
        <source>Export conversation</source>
        <translation>Xuất cuộc trò chuyện</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Tệp Markdown (*.md)</translation>
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
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n phiên bản</numerusform>
        </translation>
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
        <source>Add a model file you already have (.pth, .safetensors, .st or rwkv.cpp .bin)</source>
        <translation>Thêm tệp mô hình bạn đã có (.pth, .safetensors, .st hoặc .bin của rwkv.cpp)</translation>
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
        <source>Recommended</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Tải xuống %1</translation>
    </message>
    <message>
        <source>%1 · memory: fp32 %2, bf16 %3, int8 %4 · %5</source>
        <translation>%1 · bộ nhớ: fp32 %2, bf16 %3, int8 %4 · %5</translation>
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
        <source>%1 of %2 · %3/s · %4</source>
        <translation>%1 / %2 · %3/giây · %4</translation>
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
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
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
        <source>Cancel and delete the partial file</source>
        <translation>Hủy và xóa tệp tải dở</translation>
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
        <source>Cannot open the database %1: %2</source>
        <translation>Không thể mở cơ sở dữ liệu %1: %2</translation>
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
        <source>Cannot start a database transaction: %1</source>
        <translation>Không thể bắt đầu giao dịch cơ sở dữ liệu: %1</translation>
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
        <source>How the model runs: precision per layer, e.g. &quot;cpu bf16&quot; or &quot;cpu bf16i8 *20 -&gt; cpu fp32&quot;. Changing it reloads the model.</source>
        <translation>Cách mô hình chạy: độ chính xác cho từng lớp, ví dụ &quot;cpu bf16&quot; hoặc &quot;cpu bf16i8 *20 -&gt; cpu fp32&quot;. Thay đổi mục này sẽ tải lại mô hình.</translation>
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
        <source>Sets the strategy to one precision for every layer. bf16 halves the memory with little loss; int8 quarters it, a little less precise; fp32 is exact but needs the most memory.</source>
        <translation>Đặt chiến lược dùng một độ chính xác cho mọi lớp. bf16 giảm một nửa bộ nhớ mà gần như không mất chất lượng; int8 giảm còn một phần tư, kém chính xác hơn một chút; fp32 chính xác tuyệt đối nhưng cần nhiều bộ nhớ nhất.</translation>
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
    <name>linnet::ui::AppController</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>linnet::ui::ModelLibraryView</name>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>Tải xuống %1 thất bại: %2</translation>
    </message>
</context>
<context>
    <name>linnet::ui::SettingsController</name>
    <message>
        <source>Start the chat first: per-chat settings belong to a conversation.</source>
        <translation>Hãy bắt đầu trò chuyện trước: cài đặt riêng được gắn với từng cuộc trò chuyện.</translation>
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
        <source>Open a panel at start: settings or models.</source>
        <translation>Mở một bảng khi khởi động: settings hoặc models.</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light hoặc dark.</translation>
    </message>
    <message>
        <source>en, vi or zh_CN.</source>
        <translation>en, vi hoặc zh_CN.</translation>
    </message>
</context>
</TS>
