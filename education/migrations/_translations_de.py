"""The education pages in German, frozen for migration 0011_seed_page_translations,
which must load exactly this text however the pages change later. Not a migration itself:
the loader skips modules whose name starts with "_".

PAGES maps a page's slug to its title, summary and body (Markdown) in German,
translated from the English text of the clinical review of 30 November 2026
(_content_0007.py); the reader is addressed as "Sie".
"""

import datetime

REVIEWED_ON = datetime.date(2026, 12, 1)

PAGES: dict[str, dict[str, str]] = {
    "how-migraine-and-autoimmune-disease-connect": {
        "title": "Wie Migräne und Autoimmunerkrankungen zusammenhängen",
        "summary": (
            "Warum Migräne bei Menschen mit Lupus, rheumatoider Arthritis, Multipler Sklerose"
            " und anderen Autoimmunerkrankungen häufiger vorkommt und was diese Zusammenhänge"
            " für den Alltag bedeuten."
        ),
        "body": """\
Mit Migräne und einer Autoimmunerkrankung zu leben, kann sich anfühlen, als hätte man zwei
getrennte Probleme. Die Forschung sieht die beiden zunehmend als Nachbarn, die sich
womöglich einen Teil des Bodens teilen. Diese Seite gibt einen Überblick. Die folgenden
Seiten betrachten jeden Zusammenhang genauer, auch wie viel davon gesichert ist und wie
viel noch eine gut begründete Vermutung.

## Zwei Arten von Erkrankung

**Migräne** ist eine häufige Erkrankung von Gehirn und Nerven. Sie verursacht
Kopfschmerzattacken, oft mit Übelkeit und starker Empfindlichkeit gegenüber Licht und
Geräuschen. Manche Menschen haben außerdem eine *Aura*: kurz anhaltende Veränderungen,
meist beim Sehen, vor oder während der Kopfschmerzen.

Bei einer **Autoimmunerkrankung** hält das Immunsystem, die Abwehr des Körpers gegen
Krankheitserreger, gesunde Teile des Körpers für eine Bedrohung und greift sie an. Lupus,
rheumatoide Arthritis, Multiple Sklerose (MS), das Sjögren-Syndrom und Zöliakie sind
Beispiele dafür.

## Sie treten oft gemeinsam auf

Ärztinnen und Ärzte sprechen von *Komorbidität*, wenn zwei Erkrankungen bei derselben
Person häufiger auftreten, als der Zufall erwarten ließe. Studien haben gezeigt, dass
Migräne bei Menschen mit Lupus, rheumatoider Arthritis und MS häufiger ist als in der
Gesamtbevölkerung. Beim Sjögren-Syndrom und bei Zöliakie zeigt sich ein ähnliches Bild.

Das heißt nicht, dass die eine Erkrankung die andere verursacht. Es deutet darauf hin,
dass sie manche Ursachen gemeinsam haben könnten oder manche der Wege, auf denen sie im
Körper wirken. Viele Belege stammen aus Studien, die große Gruppen vergleichen; sie zeigen
also Zusammenhänge, keine Beweise.

## Fünf mögliche Zusammenhänge

- **Entzündung.** Bei Autoimmunerkrankungen besteht eine lang anhaltende Entzündung: die
  Alarm- und Reparaturreaktion des Körpers, die eingeschaltet bleibt. Migräne ist nicht in
  derselben Weise eine entzündliche Erkrankung, aber eine von den Nerven ausgehende Form
  der Entzündung scheint bei den Attacken eine Rolle zu spielen.
- **Signale des Immunsystems.** Botenstoffe des Immunsystems und Antikörper, die sich gegen
  den eigenen Körper richten, können bei manchen Menschen die Nerven beeinflussen, die an
  der Migräne beteiligt sind.
- **Gene.** Beide kommen in manchen Familien gehäuft vor. Ob bestimmte Gene die
  Wahrscheinlichkeit für beide erhöhen, wird noch untersucht, und die Belege sind bisher
  begrenzt.
- **Blutgefäße.** Mehrere Autoimmunerkrankungen können Blutgefäße entzünden, und bei
  Migräne, besonders mit Aura, verändert sich das Verhalten der Gefäße.
- **Hormone.** Beide sind bei Frauen häufiger. Schwankungen des Östrogens sind ein
  bekannter Auslöser von Migräneattacken, und manche Menschen bemerken, dass sich auch ihre
  Autoimmunbeschwerden mit dem Zyklus verändern.

## Was das für Sie bedeutet

Das Wissen um diese Überschneidung kann ganz praktisch helfen.

- **Muster lassen sich vielleicht leichter erkennen.** Manche Menschen bemerken, dass sich
  Attacken rund um einen Schub häufen oder dass dieselben Dinge, etwa schlechter Schlaf,
  Stress oder eine ausgelassene Mahlzeit, beides auslösen.
- **Die Behandlung kann beide Erkrankungen berücksichtigen.** Manche Migränemedikamente
  erfordern besondere Vorsicht, wenn Blutgefäße betroffen sind. Manche Schmerzmittel gegen
  Gelenkbeschwerden können Kopfschmerzen verstärken, wenn sie häufig eingenommen werden.
- **Ihr Behandlungsteam kann zusammenarbeiten.** Neurologinnen und Neurologen (für Gehirn
  und Nerven) und Rheumatologinnen und Rheumatologen (für Gelenke und Immunsystem) sehen
  jeweils einen Teil des Gesamtbilds.

> Overlap hilft Ihnen, beide Erkrankungen nebeneinander festzuhalten, damit Sie und Ihre
> Behandelnden sehen können, wie sie sich gemeinsam entwickeln. Overlap kann Ihnen nicht
> sagen, was Ihre Beschwerden verursacht. Das kann nur eine behandelnde Fachperson, die
> Sie kennt.

## Wie es weitergeht

Lesen Sie *Entzündung und Signale des Immunsystems* und *Gene, Hormone und Blutgefäße*, um
mehr über die Wissenschaft zu erfahren. Die Seiten zu den einzelnen Erkrankungen
behandeln Lupus, MS, rheumatoide Arthritis, das Sjögren-Syndrom und Zöliakie nacheinander.
Die Seiten zum Umgang mit beiden Erkrankungen beschreiben, was meist hilft.
""",
    },
}
