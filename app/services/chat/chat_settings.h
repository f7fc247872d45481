// The settings of a chat: sampling, limits, stop texts, system prompt and template.
// Global defaults live in the settings table; a conversation stores only the values
// it overrides. Invalid values are refused with a message, never clamped.
#pragma once

#include "sampling_settings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace linnet::app {

struct ChatSettings {
    SamplingSettings sampling = defaultSampling();
    bool fixed_seed = false; // false: a new random seed for every reply
    int max_tokens = 1000;
    QStringList stop;        // extra stop texts, on top of the template's
    QString system_prompt;
    QString template_id;     // empty: chosen from the model
    QJsonObject template_fields; // the chat's edits of its template's texts (ChatTemplate::edited)
    QString think_mode;      // a ChatTemplate::thinkModes() id; empty: the model's default (from the catalog)
    QString tuned_state;     // a state-tuned file the chat starts from (empty: the model's initial state)

    static SamplingSettings defaultSampling();

    // Keys and value types of the JSON form; unknown keys are refused.
    QJsonObject toJson() const;
    // Applies `overrides` on top of `base`; returns an error message (empty when valid).
    static QString apply(const QJsonObject& overrides, ChatSettings& base);
    QString validate() const;
};

} // namespace linnet::app
