#!/usr/bin/env python3
"""Writes a sample conversation into a Linnet database, for screenshots.

usage: sample_conversation.py DB LANGUAGE MODEL_PATH
"""
import os
import sqlite3
import sys
import time

SAMPLES = {
    "en": ("Planning a trip to Hanoi", [
        ("user", "I have three days in Hanoi. What should I not miss?"),
        ("assistant", "Three days is a good amount of time. A simple plan:\n\n"
                      "1. **Old Quarter** – walk the 36 streets early, before the heat, and try *phở* for breakfast.\n"
                      "2. **Hoàn Kiếm Lake** – the evening walk around the lake is lovely on weekends.\n"
                      "3. **Temple of Literature** – Vietnam's first university, quiet and green.\n\n"
                      "Would you like a budget for each day?"),
        ("user", "Yes, and a small script to convert VND to euros."),
        ("assistant", "About **600,000 VND** a day covers food and transport. Here is the converter:\n\n"
                      "```python\nRATE = 27_500  # VND per euro\n\ndef to_euro(vnd: int) -> float:\n"
                      "    return round(vnd / RATE, 2)\n\nprint(to_euro(600_000))  # 21.82\n```"),
    ], ["Recipe ideas 🍜", "Physics homework help", "Email to my landlord"]),
    "vi": ("Lên kế hoạch đi Hà Nội", [
        ("user", "Mình có ba ngày ở Hà Nội. Nên đi đâu?"),
        ("assistant", "Ba ngày là vừa đủ. Gợi ý đơn giản:\n\n"
                      "1. **Phố cổ** – dạo 36 phố phường từ sáng sớm và ăn *phở* cho bữa sáng.\n"
                      "2. **Hồ Hoàn Kiếm** – buổi tối cuối tuần đi dạo quanh hồ rất vui.\n"
                      "3. **Văn Miếu** – trường đại học đầu tiên của Việt Nam, yên tĩnh và nhiều cây xanh.\n\n"
                      "Bạn có muốn mình tính chi phí cho mỗi ngày không?"),
        ("user", "Có, và một đoạn mã nhỏ để đổi VND sang euro."),
        ("assistant", "Khoảng **600.000 VND** mỗi ngày là đủ ăn uống và đi lại. Đoạn mã đây:\n\n"
                      "```python\nRATE = 27_500  # VND cho 1 euro\n\ndef to_euro(vnd: int) -> float:\n"
                      "    return round(vnd / RATE, 2)\n\nprint(to_euro(600_000))  # 21.82\n```"),
    ], ["Công thức nấu ăn 🍜", "Bài tập vật lý", "Thư gửi chủ nhà"]),
    "zh_CN": ("河内旅行计划", [
        ("user", "我在河内有三天时间，有哪些地方不能错过？"),
        ("assistant", "三天时间刚刚好。一个简单的安排：\n\n"
                      "1. **老城区** – 清晨逛三十六条古街，早餐来一碗*河粉*。\n"
                      "2. **还剑湖** – 周末晚上绕湖散步非常惬意。\n"
                      "3. **文庙** – 越南第一所大学，安静又绿意盎然。\n\n"
                      "需要我帮你算一下每天的预算吗？"),
        ("user", "好的，再写一个把越南盾换算成欧元的小程序。"),
        ("assistant", "每天大约 **600,000 越南盾** 就够吃饭和交通。程序如下：\n\n"
                      "```python\nRATE = 27_500  # 每欧元兑换的越南盾\n\ndef to_euro(vnd: int) -> float:\n"
                      "    return round(vnd / RATE, 2)\n\nprint(to_euro(600_000))  # 21.82\n```"),
    ], ["菜谱灵感 🍜", "物理作业", "给房东的邮件"]),
}


def main():
    db, lang, model = sys.argv[1], sys.argv[2], sys.argv[3]
    title, messages, others = SAMPLES[lang]
    con = sqlite3.connect(db)
    now = int(time.time() * 1000)
    with con:
        con.execute("INSERT OR IGNORE INTO models (name, path, format, version, parameters, vocab, size_bytes, "
                    "in_models_dir, added_at) VALUES (?, ?, 'rwkv.cpp', '7', 834000, 256, ?, 0, ?)",
                    (os.path.basename(model).rsplit(".", 1)[0], model, os.path.getsize(model), now))
        for i, other in enumerate(others):
            t = now - (i + 1) * 86_400_000
            con.execute("INSERT INTO conversations (title, created_at, updated_at, model_path) VALUES (?, ?, ?, ?)",
                        (other, t, t, model))
        cur = con.execute("INSERT INTO conversations (title, created_at, updated_at, model_path) VALUES (?, ?, ?, ?)",
                          (title, now, now, model))
        conversation = cur.lastrowid
        parent = None
        for role, text in messages:
            cur = con.execute("INSERT INTO messages (conversation_id, parent_id, role, text, created_at, finish_reason, "
                              "reply_tokens, tokens_per_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              (conversation, parent, role, text, now, "stop_text" if role == "assistant" else None,
                               120 if role == "assistant" else None, 18.4 if role == "assistant" else None))
            parent = cur.lastrowid
        con.execute("UPDATE conversations SET head_message_id = ?, updated_at = ? WHERE id = ?", (parent, now, conversation))


if __name__ == "__main__":
    main()
