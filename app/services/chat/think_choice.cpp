#include "think_choice.h"

#include <QFileInfo>

namespace linnet::app {

ThinkChoice thinkChoice(const ChatTemplate& chat_template, const QString& model_path, const ModelCatalog& catalog)
{
    const QString file = QFileInfo(model_path).fileName();
    const QDate dated = releaseDateInFileName(file);
    const std::optional<QDate> released = dated.isValid() ? std::optional(dated) : std::nullopt;
    if (const CatalogModel* entry = catalog.modelByFile(file)) {
        if (entry->think.isEmpty())
            return {{"off"}, "off"};
        const auto known = entry->released.isValid() ? std::optional(entry->released) : released;
        return {chat_template.thinkModesFor(known), entry->think};
    }
    return {chat_template.thinkModesFor(released), "off"};
}

QString effectiveThinkMode(const ChatSettings& settings, const ThinkChoice& choice)
{
    return choice.modes.contains(settings.think_mode) ? settings.think_mode : choice.start_mode;
}

} // namespace linnet::app
