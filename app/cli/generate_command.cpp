#include "chat_settings.h"
#include "command.h"
#include "generation_pipeline.h"
#include "options.h"
#include "text_input.h"

namespace linnet::cli {

namespace {

int32_t parse_int_text(const QString& text, const char* option)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        throw Failure(std::string(option) + " must be a token id");
    return value;
}

// Greedy and without penalties unless the options say otherwise.
app::GenerationSettings generation_settings(const QCommandLineParser& p, int max_tokens)
{
    app::ChatSettings chat;
    chat.sampling = app::SamplingSettings{};
    chat.sampling.temperature = 0;
    if (const QString error = app::ChatSettings::apply(sampling_overrides(p), chat); !error.isEmpty())
        throw Failure(error.toStdString());
    app::GenerationSettings settings;
    settings.sampling = chat.sampling;
    settings.max_tokens = max_tokens;
    settings.stop_texts = chat.stop;
    for (const QString& id : p.values("ban"))
        settings.sampling.banned.push_back(parse_int_text(id, "--ban"));
    return settings;
}

} // namespace

Command generate_command()
{
    return {"generate", "Continue a token sequence (greedy unless a temperature is given).",
            [](QCommandLineParser& p) {
                add_model_options(p);
                p.addOption({"tokens", "Comma-separated prompt token ids.", "ids"});
                p.addOption({"prompt", "Prompt text (tokenized with the model's tokenizer, or --tokenizer); adds \"text\" "
                                       "to the output.", "text"});
                p.addOption({"text-file", "A file whose bytes are the prompt text, read exactly (like --prompt).", "file"});
                add_tokenizer_options(p, true);
                p.addOption({"max-tokens", "Number of tokens to generate.", "n"});
                add_sampling_options(p);
                p.addOption({"ban", "Never sample this token id (repeatable; chats ban 0, the end of text).", "id"});
            },
            [](const QCommandLineParser& p) {
                const bool has_text = p.isSet("prompt") || p.isSet("text-file");
                if (p.isSet("tokens") == has_text)
                    throw Failure("give either --tokens or --prompt (or --text-file)");
                const int max_tokens = parse_int(p, "max-tokens", -1, 0, 1 << 20);
                if (max_tokens < 0)
                    throw Failure("--max-tokens is required");
                const app::GenerationSettings settings = generation_settings(p, max_tokens);

                const auto model = load_model(p);
                // Text, stop texts and the frequency penalty's whitespace rule need the
                // tokenizer; plain token ids do not.
                std::unique_ptr<Tokenizer> tokenizer;
                if (has_text || p.isSet("tokenizer") || !settings.stop_texts.isEmpty() ||
                    settings.sampling.frequency_penalty != 0)
                    tokenizer = make_tokenizer(p, model.get());
                std::vector<int32_t> prompt;
                if (has_text) {
                    const QByteArray text = text_or_file(p, "prompt", "text-file");
                    prompt = tokenizer->encode(std::string_view(text.constData(), size_t(text.size())));
                } else {
                    prompt = parse_tokens(p.value("tokens"));
                }
                if (prompt.empty())
                    throw Failure("the prompt must have at least one token");
                app::GenerationPipeline pipeline(*model, tokenizer.get());
                State state = model->initial_state();
                pipeline.read(prompt, state);
                const app::Generated g = pipeline.generate(settings, state);
                QJsonObject result{{"tokens", to_json(std::span<const int32_t>(g.tokens))},
                                   {"finish_reason", app::finishReasonName(g.stats.finish_reason)},
                                   {"prompt_tokens", g.stats.prompt_tokens},
                                   {"first_token_ms", g.stats.first_token_ms},
                                   {"tokens_per_s", g.stats.tokens_per_s}};
                if (tokenizer)
                    result["text"] = g.text;
                return result;
            }};
}

} // namespace linnet::cli
