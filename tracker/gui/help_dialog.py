"""Hjälp → Så gör du (F1): a short Swedish guide to the day's tasks with the keys."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    """The guide, in the program's language, as a scrollable page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Så gör du – Balanslistan"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.guide())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 720, 640
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def guide(self) -> str:
        return self.tr(
            "<h2>Så gör du</h2>"
            "<h3>Efter ett möte: importera protokollet</h3>"
            "<p><b>Arkiv → Importera…</b> (Ctrl+O) eller dra PDF-, Word- eller textfiler "
            "till fönstret. Granska punkterna innan de sparas: bocka ur det som inte ska "
            "med, ändra titel, ansvarig och datum. Saknas en punkt: markera texten i "
            "dokumentet och tryck Ctrl+Shift+A. Blev importen fel tar <b>Arkiv → Ångra "
            "import…</b> tillbaka allt den gjorde.</p>"
            "<h3>Under mötet: mötesläge</h3>"
            "<p><b>Visa → Mötesläge…</b> (F5) visar forumets öppna punkter en i taget. "
            "Mötet registreras först när något ändras eller antecknas.</p>"
            "<table cellpadding='3'>"
            "<tr><td>PgDn / PgUp</td><td>nästa / föregående punkt</td></tr>"
            "<tr><td>Ctrl+D</td><td>markera klar</td></tr>"
            "<tr><td>Ctrl+T, datum, Enter</td><td>nytt datum (2024-05-14, 14/5, 14 maj, "
            "v. 20, i maj)</td></tr>"
            "<tr><td>Ctrl+R, namn, Enter</td><td>ny ansvarig</td></tr>"
            "<tr><td>skriv, Enter (Ctrl+M)</td><td>anteckning i historiken</td></tr>"
            "<tr><td>Ctrl+N, titel, Enter</td><td>ny punkt</td></tr>"
            "<tr><td>Ctrl+Z / Ctrl+Shift+Z</td><td>ångra / gör om</td></tr>"
            "<tr><td>Ctrl+plus / Ctrl+minus</td><td>textstorlek</td></tr>"
            "<tr><td>F11 / Esc</td><td>helskärm / avsluta mötesläget</td></tr>"
            "</table>"
            "<p><b>Visa → Möten…</b> rättar eller tar bort ett möte.</p>"
            "<h3>Före nästa möte: dagordning</h3>"
            "<p><b>Arkiv → Dagordning…</b> (Ctrl+Shift+D): välj forum och datum; "
            "kallelsens uppgifter fylls i från forumets tidigare möten och kan ändras. "
            "Spara som PDF eller Word.</p>"
            "<h3>Listan</h3>"
            "<p>Sök (Ctrl+F) och filtrera i raden ovanför listan. Ett aktivt urval visas i "
            "en gul rad med <b>Visa alla</b>. Markera flera rader (Skift/Ctrl+klick) för "
            "att stänga, ge nytt datum eller ny ansvarig på en gång (Redigera → Valda "
            "punkter). Delete tar bort valda punkter; de finns kvar under Redigera → "
            "Borttagna punkter. Ctrl+S sparar ändringar i detaljpanelen, Ctrl+N lägger "
            "till en punkt, Ctrl+P skriver ut listan, Ctrl+E exporterar till Excel, CSV "
            "eller kalender.</p>"
            "<h3>Datum</h3>"
            "<p>Skriv datum som du säger dem: 2024-05-14, 14/5, 14 maj, fre 17 maj, v. 20, "
            "i maj, idag. Vad som sparas visas bredvid fältet innan du sparar. Tomt fält "
            "betyder inget datum; Alt+↓ öppnar kalendern.</p>"
        )
