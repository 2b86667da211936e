#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>

namespace lintas::ui {

/// The areas of the main window, in navigation order (Ctrl+1 … Ctrl+9). Navigation shows only
/// those the signed-in user's roles may use; a view keeps its shortcut whatever is hidden.
enum class View {
    Cases,
    People,
    Organisations,
    Referrals,
    Exchange,
    Dashboard,
    Users,
    Audit,
    Retention,
};

inline constexpr std::array kAllViews{View::Cases,    View::People,    View::Organisations,
                                      View::Referrals, View::Exchange, View::Dashboard,
                                      View::Users,     View::Audit,    View::Retention};

/// The view's name on the command line (`--page`) and in settings: never translated.
[[nodiscard]] constexpr QLatin1StringView viewKey(View view) {
    switch (view) {
    case View::Cases: return QLatin1StringView("cases");
    case View::People: return QLatin1StringView("people");
    case View::Organisations: return QLatin1StringView("organisations");
    case View::Referrals: return QLatin1StringView("referrals");
    case View::Exchange: return QLatin1StringView("exchange");
    case View::Dashboard: return QLatin1StringView("dashboard");
    case View::Users: return QLatin1StringView("users");
    case View::Audit: return QLatin1StringView("audit");
    case View::Retention: return QLatin1StringView("retention");
    }
    return QLatin1StringView("cases");
}

/// The view named `key` (as viewKey() spells it, any case), if there is one.
[[nodiscard]] inline std::optional<View> viewFromKey(const QString& key) {
    for (View view : kAllViews)
        if (key.compare(viewKey(view), Qt::CaseInsensitive) == 0)
            return view;
    return std::nullopt;
}

}  // namespace lintas::ui
