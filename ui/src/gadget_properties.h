// A typed value from the services (a Q_GADGET) as the property map QML reads, e.g.
// App.chat.lastTurn.reply_tokens: its properties by name, read through its meta-object,
// so no field list is written twice.
#pragma once

#include <QMetaObject>
#include <QMetaProperty>
#include <QVariantMap>

namespace linnet::ui {

template <class Gadget>
QVariantMap gadgetProperties(const Gadget& gadget)
{
    QVariantMap map;
    const QMetaObject& meta = Gadget::staticMetaObject;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QMetaProperty property = meta.property(i);
        map.insert(QString::fromLatin1(property.name()), property.readOnGadget(&gadget));
    }
    return map;
}

} // namespace linnet::ui
