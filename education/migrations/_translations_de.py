"""German translations of Overlap's education pages, frozen for migration
0011_seed_page_translations. Translated from the English text of education/migrations/_content_0007.py.
Not a migration itself: the loader skips modules whose name starts with "_"."""

import datetime

REVIEWED_ON = datetime.date(2026, 12, 1)

PAGES: dict[str, dict[str, str]] = {
    "how-migraine-and-autoimmune-disease-connect": {
        "title": "Wie Migräne und Autoimmunerkrankungen zusammenhängen",
        "summary": "Warum Migräne bei Menschen mit Lupus, rheumatoider Arthritis, Multipler Sklerose und anderen Autoimmunerkrankungen häufiger vorkommt und was diese Verbindungen für den Alltag bedeuten.",
        "body": """\
Mit Migräne und einer Autoimmunerkrankung zu leben, kann sich anfühlen, als hätte man es mit
zwei getrennten Problemen zu tun. Die Forschung sieht die beiden zunehmend als Nachbarn, die
sich möglicherweise einen Teil desselben Bodens teilen. Diese Seite gibt einen Überblick.
Die folgenden Seiten betrachten jede Verbindung genauer, auch wie viel davon gesichert ist
und wie viel noch eine gut begründete Vermutung.

## Zwei Arten von Erkrankungen

**Migräne** ist eine häufige Erkrankung des Gehirns und der Nerven. Sie verursacht
Kopfschmerzattacken, oft mit Übelkeit und einer starken Empfindlichkeit gegenüber Licht und
Geräuschen. Manche Menschen haben außerdem eine *Aura*: kurz andauernde Veränderungen, meist
beim Sehen, vor oder während der Kopfschmerzen.

Bei einer **Autoimmunerkrankung** hält das Immunsystem, die Abwehr des Körpers gegen
Krankheitserreger, gesunde Teile des Körpers irrtümlich für eine Bedrohung und greift sie
an. Lupus, rheumatoide Arthritis, Multiple Sklerose (MS), das Sjögren-Syndrom und Zöliakie
sind Beispiele dafür.

## Sie treten oft gemeinsam auf

Ärztinnen und Ärzte sprechen von *Komorbidität*, wenn zwei Erkrankungen bei derselben Person
häufiger zusammen vorkommen, als der Zufall erwarten ließe. Studien haben gezeigt, dass
Migräne bei Menschen mit Lupus, rheumatoider Arthritis und MS häufiger ist als in der
Bevölkerung insgesamt. Beim Sjögren-Syndrom und bei Zöliakie zeigt sich ein ähnliches Bild.

Das heißt nicht, dass die eine Erkrankung die andere verursacht. Es deutet darauf hin, dass
sie manche Ursachen gemeinsam haben könnten oder manche Wege, auf denen sie im Körper
wirken. Viele der Belege stammen aus Studien, die große Gruppen vergleichen. Sie zeigen
deshalb Zusammenhänge, aber keine Beweise.

## Fünf mögliche Verbindungen

- **Entzündung.** Zu Autoimmunerkrankungen gehört eine lang anhaltende Entzündung: die
  Alarm- und Reparaturreaktion des Körpers, die eingeschaltet bleibt. Migräne ist keine
  entzündliche Erkrankung im selben Sinn, aber eine von den Nerven ausgehende Form der
  Entzündung scheint bei Attacken eine Rolle zu spielen.
- **Signale des Immunsystems.** Botenstoffe des Immunsystems (bestimmte Eiweiße) und
  Antikörper, die sich gegen den eigenen Körper richten, können bei manchen Menschen die
  Nerven beeinflussen, die an der Migräne beteiligt sind.
- **Gene.** Beide kommen in Familien gehäuft vor. Ob bestimmte Gene die Wahrscheinlichkeit
  für beide erhöhen, wird noch untersucht, und die bisherigen Belege sind begrenzt.
- **Blutgefäße.** Mehrere Autoimmunerkrankungen können Blutgefäße entzünden, und bei
  Migräne, besonders mit Aura, verändert sich das Verhalten der Gefäße.
- **Hormone.** Beide sind bei Frauen häufiger. Schwankungen des Östrogens sind ein bekannter
  Auslöser von Migräneattacken, und manche Menschen bemerken, dass sich auch ihre
  Autoimmunbeschwerden mit ihrem Zyklus verändern.

## Was das für Sie bedeutet

Wenn Sie um die Überschneidung wissen, kann Ihnen das ganz praktisch helfen.

- **Muster lassen sich vielleicht leichter erkennen.** Manche Menschen bemerken, dass sich
  Attacken um Schübe herum häufen oder dass dieselben Dinge, etwa schlechter Schlaf, Stress
  oder eine ausgelassene Mahlzeit, beides auslösen.
- **Die Behandlung kann beide Erkrankungen berücksichtigen.** Manche Migränemedikamente
  erfordern besondere Vorsicht, wenn die Blutgefäße betroffen sind. Manche Schmerzmittel
  gegen Gelenkschmerzen können die Kopfschmerzen verstärken, wenn sie oft eingenommen
  werden.
- **Ihr Behandlungsteam kann zusammenarbeiten.** Neurologinnen und Neurologen (Fachärzte für
  Gehirn und Nerven) und Rheumatologinnen und Rheumatologen (Fachärzte für Gelenke und das
  Immunsystem) sehen jeweils einen Teil des Gesamtbilds.

> Overlap hilft Ihnen, beide Erkrankungen nebeneinander festzuhalten, damit Sie und Ihre
> Behandelnden sehen können, wie sie sich gemeinsam entwickeln. Overlap kann Ihnen nicht
> sagen, was Ihre Beschwerden verursacht. Das kann nur eine Ärztin oder ein Arzt, die oder
> der Sie kennt.

## Wie es weitergeht

Die wissenschaftlichen Hintergründe finden Sie unter *Entzündung und Signale des
Immunsystems* und *Gene, Hormone und Blutgefäße*. Die Seiten zu den einzelnen Erkrankungen
behandeln Lupus, MS, rheumatoide Arthritis, das Sjögren-Syndrom und Zöliakie nacheinander.
Die Seiten zum Umgang mit den Erkrankungen beschreiben, was oft hilft.
""",
    },
    "inflammation-and-immune-signals": {
        "title": "Entzündung und Signale des Immunsystems",
        "summary": "Wie eine lang anhaltende Entzündung, Botenstoffe des Immunsystems wie TNF-alpha und IL-6 sowie Autoantikörper Autoimmunerkrankungen mit Migräne verbinden könnten.",
        "body": """\
Entzündung ist die Art, wie der Körper mit einer Schädigung umgeht. Wenn Sie sich in den
Finger schneiden, wird die Haut darum herum rot, warm und geschwollen, während das
Immunsystem aufräumt und repariert. Diese Art von Entzündung ist kurz und nützlich. Sie
schaltet sich ab, sobald die Arbeit getan ist.

## Wenn sich die Entzündung nicht abschaltet

Bei einer Autoimmunerkrankung reagiert das Immunsystem immer weiter auf körpereigenes
Gewebe. Das Ergebnis ist eine *chronische* Entzündung, also eine, die Monate oder Jahre
anhält. Sie nimmt während eines Schubs oft zu und beruhigt sich dazwischen. Je nach
Erkrankung kann sie Gelenke, Haut, Drüsen, Nerven, den Darm oder die Blutgefäße betreffen.

Migräne ist keine Autoimmunerkrankung, und die meisten Forschenden bezeichnen sie auch nicht
als entzündliche Erkrankung. Aber während einer Attacke scheint etwas Ähnliches wie eine
Entzündung abzulaufen. Nerven rund um das Gehirn setzen Stoffe frei, die benachbarte
Blutgefäße erweitern und das umliegende Gewebe empfindlicher machen. Fachleute nennen das
*neurogene Entzündung*, also eine Entzündung, die von Nerven ausgeht. Einer der wichtigsten
beteiligten Stoffe ist CGRP, der Angriffspunkt mehrerer neuerer Migränemedikamente.

Die beiden Erkrankungen könnten also einen gemeinsamen Faden haben: eine
Entzündungsreaktion, die aktiver ist, als sie sein sollte. Wie stark dieser Faden ist und
wie viel er für den einzelnen Menschen bedeutet, ist noch nicht bekannt.

## Zytokine: die Botenstoffe des Immunsystems

Immunzellen verständigen sich untereinander über kleine Eiweiße, die **Zytokine** heißen.
Einige davon verstärken die Entzündung. Zwei, die in der Forschung oft gemessen werden,
sind:

- **TNF-alpha** (Tumornekrosefaktor alpha), ein wichtiger Antrieb der Entzündung bei
  rheumatoider Arthritis und mehreren anderen Autoimmunerkrankungen.
- **IL-6** (Interleukin 6), das das Entzündungssignal im ganzen Körper verbreitet. Es ist
  ein Grund dafür, dass Werte wie das CRP in Bluttests ansteigen.

Studien haben bei Menschen mit Autoimmunerkrankungen höhere Spiegel dieser Zytokine
gefunden, ebenso bei manchen Menschen mit Migräne, besonders rund um Attacken. Zytokine
können Schmerznerven leichter erregbar machen. Das könnte ein Grund sein, warum Entzündung
und Kopfschmerzen oft zusammen auftreten. Einige der Biologika, die bei
Autoimmunerkrankungen eingesetzt werden, wirken, indem sie TNF-alpha oder IL-6 blockieren.

## Autoantikörper

Antikörper sind Eiweiße, die sich normalerweise an Krankheitserreger heften, damit das
Immunsystem sie beseitigen kann. **Autoantikörper** sind Antikörper, die sich irrtümlich an
körpereigenes Gewebe heften. Bluttests auf Autoantikörper helfen Ärztinnen und Ärzten,
Erkrankungen wie Lupus und das Sjögren-Syndrom zu diagnostizieren.

Manche Autoantikörper können das Nervensystem beeinflussen oder die Blutgefäße, die es
versorgen. Bei manchen Menschen kann das zu Kopfschmerzen oder anderen Beschwerden von
Gehirn und Nerven beitragen. Autoantikörper zu haben, bedeutet für sich allein nicht, dass
Sie diese Probleme bekommen werden.

## Was noch unbekannt ist

Vieles davon stammt aus Studien, die Gruppen von Menschen vergleichen. Sie zeigen
Zusammenhänge, aber keinen Beweis für eine Ursache. Die Wissenschaft weiß noch nicht, wie
viel Entzündung zur Migräne eines einzelnen Menschen beiträgt. Deshalb wird jede Erkrankung
weiterhin für sich behandelt, wobei die Überschneidung im Blick bleibt.

Wenn Sie wissen möchten, ob Entzündung bei Ihren Kopfschmerzen eine Rolle spielen könnte,
kann Ihre Ärztin oder Ihr Arzt Ihre Vorgeschichte und Ihre Untersuchungsergebnisse mit Ihnen
durchgehen.
""",
    },
    "genes-hormones-and-blood-vessels": {
        "title": "Gene, Hormone und Blutgefäße",
        "summary": "Drei weitere Verbindungen zwischen Migräne und Autoimmunerkrankungen: vererbte Neigungen, Blutgefäße und Vaskulitis sowie die Wirkung von Östrogen und dem Menstruationszyklus.",
        "body": """\
Entzündung ist nicht das Einzige, was Migräne und Autoimmunerkrankungen gemeinsam haben
könnten. Diese Seite betrachtet drei weitere mögliche Verbindungen: die Gene, die wir erben,
die Blutgefäße und die Hormone.

## Gene: eine familiäre Neigung

Migräne kommt oft in Familien gehäuft vor, ebenso viele Autoimmunerkrankungen. Wenn ein
Elternteil Migräne hat, bekommen die Kinder sie mit größerer Wahrscheinlichkeit, und
dasselbe gilt für viele Autoimmunerkrankungen.

Große genetische Studien haben mehr als hundert Stellen in unserer DNA gefunden, die das
Migränerisiko jeweils ein wenig erhöhen. Viele davon sind in Nerven und Blutgefäßen aktiv.
Manche Forschende vermuten, dass einige Gene, die an der Steuerung des Immunsystems
beteiligt sind, sowohl für Migräne als auch für Autoimmunerkrankungen eine Rolle spielen
könnten. Das ist aber nicht klar gezeigt, und die bisherigen Belege sind begrenzt. Klar ist,
dass ein vererbtes Risiko eine *Neigung* ist, keine Gewissheit. Viele Menschen, die diese
Gene tragen, entwickeln keine der beiden Erkrankungen. Hormone, Infektionen, Lebensweise und
Zufall spielen alle eine Rolle.

## Blutgefäße

Blutgefäße bringen Sauerstoff und Nährstoffe in jeden Teil des Körpers, auch ins Gehirn.
Manche Autoimmunerkrankungen können die Wände der Blutgefäße entzünden. Das nennt man
**Vaskulitis**. Sie kann bei Lupus vorkommen, selten bei einer rheumatoiden Arthritis, die
schon lange aktiv ist, und bei Erkrankungen, bei denen die Vaskulitis das Hauptproblem ist.

Auch bei Migräne spielen Blutgefäße eine Rolle, obwohl die Wissenschaft heute annimmt, dass
die Nerven und nicht die Gefäße eine Attacke in Gang setzen. Bei der **Migräne mit Aura**
breitet sich eine langsame Welle veränderter Nervenaktivität über die Oberfläche des Gehirns
aus, und die Durchblutung verändert sich mit ihr. Diese Welle verursacht Aurasymptome wie
Zickzacklinien oder einen blinden Fleck.

## Zwei Arten von Blutgerinnseln

Es hilft, zwei Arten von Gerinnseln auseinanderzuhalten, weil jeweils andere Dinge ihr
Risiko erhöhen.

- **Gerinnsel in Arterien**, den Gefäßen, die das Blut vom Herzen wegführen, können einen
  Herzinfarkt oder einen Schlaganfall verursachen. Migräne mit Aura ist mit einem leicht
  erhöhten Risiko für diese Art von Schlaganfall verbunden, und das Risiko ist höher bei
  Menschen, die rauchen oder östrogenhaltige Medikamente einnehmen. Medikamente, die
  Blutgefäße verengen, wie Triptane, sind vor allem hier von Bedeutung.
- **Gerinnsel in Venen**, etwa eine tiefe Beinvenenthrombose oder ein Gerinnsel, das in die
  Lunge wandert, werden durch östrogenhaltige Medikamente, Schwangerschaft, Operationen und
  lange Zeiten ohne Bewegung wahrscheinlicher. Von Triptanen ist nicht bekannt, dass sie
  diese Art von Risiko erhöhen.

Manche Erkrankungen erhöhen beide Risiken. Beim **Antiphospholipid-Syndrom**, das zusammen
mit Lupus auftreten kann, gerinnt das Blut leichter, in Arterien ebenso wie in Venen.

## Hormone

Sowohl Migräne als auch die meisten Autoimmunerkrankungen sind bei Frauen häufiger. Migräne
betrifft etwa dreimal so viele Frauen wie Männer. Auch bei Lupus, dem Sjögren-Syndrom und
der rheumatoiden Arthritis sind die meisten Betroffenen Frauen.

Ein Teil des Grundes könnte das Hormon **Östrogen** sein (auch Estrogen geschrieben).
Östrogen beeinflusst, wie sich das Immunsystem verhält und wie empfindlich die Schmerzbahnen
des Gehirns sind. Für die Migräne scheint vor allem eine *Veränderung* des Östrogens wichtig
zu sein, besonders ein Abfall. Kurz vor der Periode sinkt das Östrogen. Deshalb haben viele
Frauen Attacken im Zeitraum von etwa zwei Tagen vor Beginn der Blutung bis drei Tage danach.
Manche Menschen bemerken auch Veränderungen ihrer Autoimmunbeschwerden zu bestimmten
Zeitpunkten ihres Zyklus, obwohl das weniger gut untersucht ist.

Größere hormonelle Veränderungen, etwa eine Schwangerschaft, die Monate nach einer Geburt
und die Wechseljahre, können beide Erkrankungen verändern. Manchmal werden sie besser und
manchmal schlechter.

Wenn Sie eine Monatsblutung haben, können Sie sie auf Wunsch in Overlap festhalten. Über
einige Monate kann das zeigen, ob Ihre Attacken oder Schübe Ihrem Zyklus folgen.

> Wenn Sie Migräne mit Aura oder Antiphospholipid-Antikörper haben, sprechen Sie mit Ihrer
> Ärztin oder Ihrem Arzt, bevor Sie ein östrogenhaltiges Medikament beginnen, auch manche
> Antibabypillen. Verhütungsmethoden nur mit Gestagen oder ganz ohne Hormone sind
> stattdessen oft geeignet.
""",
    },
    "migraine-with-and-without-aura": {
        "title": "Migräne mit und ohne Aura: die Grundlagen",
        "summary": "Was eine Migräneattacke ist, wie sich Migräne mit Aura von Migräne ohne Aura unterscheidet und wann Ärztinnen und Ärzte von chronischer Migräne sprechen.",
        "body": """\
Migräne ist viel mehr als ein schlimmer Kopfschmerz. Sie ist eine Erkrankung des Gehirns und
der Nerven, die immer wieder Attacken verursacht. Zwischen den Attacken fühlen sich die
meisten Menschen gesund. Etwa einer von sieben Menschen weltweit hat Migräne.

## Wie eine Attacke verläuft

Ärztinnen und Ärzte beschreiben Migräne anhand der Internationalen Klassifikation von
Kopfschmerzerkrankungen, 3. Auflage, bekannt als ICHD-3. Sie können sie unter
[ichd-3.org](https://ichd-3.org/) nachlesen. In einfachen Worten: Eine typische Attacke

- dauert unbehandelt 4 Stunden bis 3 Tage,
- ist oft auf eine Seite des Kopfes beschränkt und pochend oder pulsierend,
- ist mittelstark oder stark und wird bei alltäglicher Aktivität wie Treppensteigen
  schlimmer,
- geht mit Übelkeit oder Erbrechen einher oder damit, dass Licht und Geräusche zu viel
  werden.

Viele Menschen bemerken etwa einen Tag vorher erste Anzeichen, zum Beispiel Gähnen,
Heißhunger, einen steifen Nacken oder gedrückte Stimmung. Danach fühlen sie sich vielleicht
einen Tag lang erschöpft. Manche nennen das den „Kater“ nach der Migräne.

## Migräne ohne Aura

Das ist die häufigste Form. Der Kopfschmerz und die anderen Beschwerden kommen ohne
vorherige warnende Veränderungen beim Sehen oder Fühlen.

## Migräne mit Aura

Ungefähr einer von vier Menschen mit Migräne hat eine Aura, zumindest manchmal. Eine Aura
ist eine kurze Phase mit Beschwerden, die vom Gehirn ausgehen und danach vollständig wieder
verschwinden. Jedes Symptom baut sich meist langsam über mehrere Minuten auf und dauert
zwischen 5 und 60 Minuten. Häufige Beispiele sind:

- Zickzacklinien, Lichtblitze oder ein flimmernder blinder Fleck,
- Kribbeln, das sich langsam eine Hand und einen Arm hinauf oder um den Mund herum
  ausbreitet,
- Schwierigkeiten, Wörter zu finden.

Der Kopfschmerz folgt meist innerhalb einer Stunde, aber eine Aura kann auch allein
auftreten. Die Aura hängt mit Veränderungen der Durchblutung im Gehirn zusammen. Das ist ein
Grund, warum es eine Rolle spielt, wenn eine Autoimmunerkrankung auch die Blutgefäße
betrifft.

### Seltenere Formen der Aura

Einige wenige Menschen haben eine seltenere Form der Aura. Bei der **hemiplegischen
Migräne** gehört eine Schwäche einer Körperseite zur Aura. Bei der **Migräne mit
Hirnstammaura** gehören Beschwerden wie Doppeltsehen, verwaschene Sprache, Drehschwindel
oder Unsicherheit beim Gehen und Stehen dazu. Diese Formen müssen von Fachärztinnen oder
Fachärzten beurteilt werden, weil sie anderen Erkrankungen ähneln, die ausgeschlossen werden
müssen, und weil manche Migränemedikamente, auch Triptane, dabei meist vermieden werden.
Wenn Ihre Aura jemals eine Schwäche einschließt, sagen Sie es Ihrer Ärztin oder Ihrem Arzt.

## Chronische Migräne

Von *chronischer Migräne* sprechen Ärztinnen und Ärzte, wenn Kopfschmerzen an 15 oder mehr
Tagen im Monat über mehr als drei Monate auftreten und mindestens 8 dieser Tage
Migränemerkmale haben. Overlap zählt *Migränetage* und *Kopfschmerztage*, nicht Attacken,
sodass Sie sehen können, wie Ihre Zahlen im Vergleich dazu liegen. Eine Attacke, die über
Nacht andauert, zählt an jedem Tag, den sie berührt. Die Seite *Chronische Migräne erklärt*
sagt mehr darüber, was der Begriff bedeutet und was helfen kann.

## Warum eine Diagnose wichtig ist

Andere Arten von Kopfschmerzen können wie Migräne aussehen. Bei Menschen mit einer
Autoimmunerkrankung hat ein neuer oder andersartiger Kopfschmerz manchmal eine andere
Ursache, die abgeklärt werden muss. Overlap stellt niemals Diagnosen. Wenn sich Ihre
Kopfschmerzen verändern, viel häufiger auftreten oder sich anders anfühlen als sonst,
sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.
""",
    },
    "lupus-and-migraine": {
        "title": "Lupus und Migräne",
        "summary": "Warum Kopfschmerzen, auch Migräne, beim systemischen Lupus erythematodes häufig sind, wie Lupus die Nerven und Blutgefäße betreffen kann und worauf Sie achten sollten.",
        "body": """\
Der **systemische Lupus erythematodes**, meist einfach Lupus genannt, ist eine
Autoimmunerkrankung, die viele Teile des Körpers betreffen kann. Dazu gehören Haut, Gelenke,
Nieren, Blut, Herz, Lunge und das Nervensystem. Lupus verläuft oft wechselhaft. Zeiten, in
denen er aktiver ist, nennt man *Schübe*.

## Wie häufig sind Kopfschmerzen bei Lupus?

Kopfschmerzen gehören zu den Beschwerden, die Menschen mit Lupus am häufigsten nennen.
Studien deuten darauf hin, dass Migräne bei Menschen mit Lupus häufiger ist als bei Menschen
ohne Lupus. Bei den meisten verhalten sich diese Kopfschmerzen wie eine gewöhnliche Migräne
oder ein Spannungskopfschmerz und werden auf die übliche Weise behandelt.

## Warum Lupus und Migräne zusammenhängen könnten

- **Das Nervensystem.** Lupus kann das Gehirn und die Nerven betreffen. Ärztinnen und Ärzte
  nennen das *neuropsychiatrischen Lupus*. Kopfschmerz ist ein mögliches Anzeichen, neben
  anderen wie Gedächtnisproblemen, Stimmungsveränderungen oder, selten, Krampfanfällen.
- **Blutgefäße.** Lupus kann Blutgefäße entzünden, was *Vaskulitis* heißt. Selten betrifft
  das Gefäße im Gehirn, und entzündete Gefäße transportieren das Blut vielleicht nicht so
  gleichmäßig wie sonst.
- **Antiphospholipid-Antikörper.** Manche Menschen mit Lupus haben diese Autoantikörper, die
  das Blut leichter gerinnen lassen, in Arterien ebenso wie in Venen. Einige Studien haben
  sie mit Kopfschmerzen in Verbindung gebracht, und sie spielen bei der Wahl der Medikamente
  eine Rolle.
- **Entzündung und Hormone.** Botenstoffe des Immunsystems und hormonelle Veränderungen
  können bei manchen Menschen mit Lupus Migräneattacken leichter auslösen.

## Behandlungsmöglichkeiten

Zur Lupusbehandlung gehört oft Hydroxychloroquin, manchmal auch Kortison oder andere
Medikamente, die das Immunsystem beruhigen. Ihr Behandlungsteam berücksichtigt Ihren Lupus
bei der Wahl der Migränebehandlung. Triptane zum Beispiel verengen Blutgefäße. Sie sind
möglicherweise nicht geeignet für Menschen mit Lupus, die eine Vaskulitis haben, ein
Raynaud-Syndrom (Finger, die bei Kälte weiß oder blau werden), eine Herzerkrankung, einen
früheren Schlaganfall oder ein Antiphospholipid-Syndrom mit Gerinnseln in den Arterien. Auch
Schmerzmittel wie Ibuprofen erfordern eventuell Vorsicht, wenn der Lupus Ihre Nieren
betrifft, und über östrogenhaltige Medikamente sollten Sie vorher sprechen, wenn Sie
Antiphospholipid-Antikörper haben.

## Wann ein Kopfschmerz abgeklärt werden sollte

Die meisten Kopfschmerzen bei Lupus sind nicht gefährlich. Holen Sie trotzdem zügig
ärztlichen Rat ein, wenn ein Kopfschmerz:

- neu ist oder sich deutlich von Ihrem üblichen Muster unterscheidet,
- mit Fieber, Verwirrtheit, einem Krampfanfall, Schwäche, Taubheit oder Sehstörungen
  einhergeht,
- während eines Schubs zusammen mit anderen neuen Beschwerden auftritt,
- in der Schwangerschaft oder in den Wochen nach einer Geburt beginnt.

Wenn ein Kopfschmerz plötzlich und heftig einsetzt oder mit einer Schwäche einer
Körperseite, verwaschener Sprache oder einem herabhängenden Gesicht einhergeht, rufen Sie
sofort den Notruf. Die Seite *Zusammenarbeit mit Ihrem Behandlungsteam* nennt die anderen
Warnzeichen.

## Overlap bei Lupus nutzen

Wenn Sie Lupusschübe und Migräneattacken an einem Ort festhalten, kann sich zeigen, ob Ihre
Kopfschmerzen zunehmen, wenn der Lupus aktiv ist. Nehmen Sie Ihren Zeitverlauf oder Bericht
zu Terminen mit, damit Ihre Rheumatologin oder Ihr Rheumatologe und Ihre Neurologin oder Ihr
Neurologe dasselbe Bild sehen können.
""",
    },
    "multiple-sclerosis-and-migraine": {
        "title": "Multiple Sklerose und Migräne",
        "summary": "Wie sich Multiple Sklerose und Migräne überschneiden, von der Entzündung im zentralen Nervensystem bis zu gemeinsamen Beschwerden wie Kopfschmerzen, Erschöpfung und Veränderungen des Denkens.",
        "body": """\
Die **Multiple Sklerose (MS)** ist eine Erkrankung, bei der das Immunsystem das *zentrale
Nervensystem* angreift: das Gehirn, das Rückenmark und die Sehnerven. Ihr Hauptziel ist das
*Myelin*, die fetthaltige Hülle um die Nervenfasern. Myelin wirkt wie die
Kunststoffummantelung eines Stromkabels und hilft, dass Signale schnell weitergeleitet
werden. Der Verlust dieser Hülle heißt **Demyelinisierung**. Wo das Myelin geschädigt ist,
werden Signale langsamer oder durcheinandergebracht, und das verursacht die Beschwerden der
MS.

## Migräne ist bei MS häufig

Kopfschmerzen und besonders Migräne sind bei Menschen mit MS häufiger als in der
Allgemeinbevölkerung. Einige Studien deuten darauf hin, dass Migräne bei Menschen, die
beides haben, auch häufiger oder stärker auftreten kann.

## Warum sich beides überschneiden kann

Beide Erkrankungen betreffen das zentrale Nervensystem, und bei MS gehört eine Entzündung
dort dazu. Bei MS können sich Entzündungs- und Schädigungsherde (Läsionen genannt) in Teilen
des Gehirns bilden, die an der Schmerzsteuerung beteiligt sind. Bei manchen Menschen
scheinen dadurch Kopfschmerzen wahrscheinlicher zu werden.

Die Überschneidung ist auch im Alltag zu spüren. MS und Migräne können beide Folgendes mit
sich bringen:

- Kopfschmerzen,
- *Fatigue*, eine schwere Erschöpfung, die sich durch Ruhe nicht bessert,
- kognitive Veränderungen, also Schwierigkeiten mit Konzentration, Gedächtnis oder
  Wortfindung, oft „Gehirnnebel“ genannt,
- Veränderungen beim Sehen oder Fühlen, etwa Kribbeln.

Weil sich die Beschwerden überschneiden, ist es oft schwer zu sagen, welche Erkrankung was
verursacht. Eine Migräneaura mit Kribbeln breitet sich meist langsam aus und ist innerhalb
einer Stunde vorbei. Die Beschwerden eines MS-Schubs bauen sich eher über Stunden oder Tage
auf und halten länger als einen Tag an. Ihre Neurologin oder Ihr Neurologe kann Ihnen
helfen, beides auseinanderzuhalten.

## Bildgebung

Aufnahmen des Gehirns von Menschen mit Migräne zeigen manchmal kleine helle Flecken in der
weißen Substanz, der tiefer liegenden „Verkabelung“ des Gehirns. Diese können MS-Läsionen
ein wenig ähneln. Ärztinnen und Ärzte achten auf Größe, Form und Lage der Flecken und auf
Ihre Beschwerden, um den Unterschied zu erkennen. Wenn Sie Migräne haben und man Ihnen von
Flecken auf einer Aufnahme berichtet hat, fragen Sie Ihre Neurologin oder Ihren Neurologen,
was sie für Sie bedeuten.

## Medikamente

Bei manchen MS-Behandlungen sind Kopfschmerzen als mögliche Nebenwirkung aufgeführt,
besonders in den ersten Wochen. Tragen Sie Ihre Medikamente und Dosen in Overlap ein, damit
Sie sehen können, ob sich Ihre Kopfschmerzen verändert haben, nachdem Sie mit etwas Neuem
begonnen haben.

### Wenn Sie zusätzlich eine entzündliche Gelenkerkrankung haben

Manche Menschen haben MS zusammen mit rheumatoider Arthritis oder einer anderen
entzündlichen Erkrankung. Eine Gruppe von Medikamenten für diese Erkrankungen, die
**TNF-Hemmer** (wie Adalimumab, Etanercept und Infliximab), wird bei Menschen mit MS in der
Regel vermieden. In einer Studie bei MS führte ein Medikament, das TNF blockierte, zu
häufigeren Schüben, und TNF-Hemmer wurden bei einer kleinen Zahl von Menschen mit einer
neuen Demyelinisierung in Verbindung gebracht. Wenn Sie MS haben, sorgen Sie dafür, dass
alle, die Ihnen Medikamente für Gelenke, Haut oder Darm verschreiben, davon wissen.

## Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, wenn

- Ihre Kopfschmerzen ihr übliches Muster ändern,
- neue Beschwerden länger als 24 Stunden anhalten,
- Sehstörungen, Schwäche oder Taubheit nach einer Attacke nicht abklingen.

Wenn Sie Migräneattacken, MS-Schübe und die tägliche Erschöpfung in einem Tagebuch
festhalten, werden diese Gespräche leichter, weil Sie auf Daten zeigen können, statt sich
auf Ihr Gedächtnis verlassen zu müssen.
""",
    },
    "rheumatoid-arthritis-and-migraine": {
        "title": "Rheumatoide Arthritis und Migräne",
        "summary": "Was rheumatoide Arthritis und Migräne gemeinsam haben, darunter chronische Entzündung und Auslöser wie Stress und körperliche Belastung, und wie Schmerzmittel für die Gelenke Kopfschmerzen verstärken können.",
        "body": """\
Die **rheumatoide Arthritis (RA)** ist eine Autoimmunerkrankung, bei der das Immunsystem die
Innenhaut der Gelenke angreift. Das verursacht Schmerzen, Schwellungen und Steifigkeit, oft
in den kleinen Gelenken von Händen und Füßen und oft auf beiden Körperseiten. Die
Steifigkeit ist meist morgens am stärksten. RA kann auch Müdigkeit verursachen und,
seltener, die Augen, die Lunge oder die Blutgefäße betreffen.

## Eine häufigere Kombination, als Sie vielleicht denken

Migräne wurde bei Menschen mit RA häufiger gefunden als bei Menschen ohne RA. Die Gründe
werden noch erforscht, aber einige Vermutungen stechen hervor.

- **Chronische Entzündung.** Bei RA bleibt die Entzündung im Körper eingeschaltet.
  Botenstoffe wie TNF-alpha und IL-6 sind bei aktiver RA erhöht, und sie könnten auch die
  Schmerzbahnen im Kopf empfindlicher machen.
- **Gemeinsame Auslöser.** Stress, schlechter Schlaf und körperliche Belastung können sowohl
  einen RA-Schub als auch eine Migräneattacke auslösen. Eine anstrengende Arbeitswoche, ein
  Umzug oder ein langer Tag auf den Beinen können doppelt zuschlagen.
- **Schmerz kann zu mehr Schmerz führen.** Mit anhaltenden Schmerzen zu leben, kann das
  gesamte Nervensystem empfindlicher machen, sodass sich Kopfschmerzen schlimmer anfühlen
  oder häufiger auftreten.

## Schmerzmittel für Gelenke und Kopfschmerzen

Viele Menschen mit RA nehmen an den meisten Tagen entzündungshemmende Schmerzmittel ein,
nichtsteroidale Antirheumatika (NSAR) wie Ibuprofen oder Naproxen. Sie können
Gelenkschmerzen lindern. Wer aber an vielen Tagen im Monat Schmerzmittel einnimmt, kann
einen *Kopfschmerz durch Medikamentenübergebrauch* bekommen: einen täglichen oder fast
täglichen Kopfschmerz, der durch die Schmerzmittel selbst verursacht wird. NSAR, die Sie für
Ihre Gelenke einnehmen, zählen mit, nicht nur die gegen Migräne. Overlap zählt Ihre Tage mit
Schmerzmitteln und warnt Sie frühzeitig. Die Seite *Kopfschmerz durch
Medikamentenübergebrauch erklärt* enthält die Einzelheiten.

NSAR haben auch eigene Risiken. Regelmäßig eingenommen, können sie den Blutdruck erhöhen,
den Magen reizen oder zu Magenblutungen führen, die Nieren belasten und das Risiko für
Herzinfarkt und Schlaganfall leicht erhöhen, bei manchen NSAR mehr als bei anderen. Ihre
Ärztin oder Ihr Arzt wird das mit Ihnen abwägen.

## Migränebehandlung mit Blick auf die RA

Menschen mit RA haben ein überdurchschnittlich hohes Risiko für Herz- und Gefäßerkrankungen.
Das kann beeinflussen, ob Triptane, die Blutgefäße verengen, für Sie eine gute Wahl sind.
Ihre Ärztin oder Ihr Arzt wird das abwägen. RA-Medikamente, die das Immunsystem beruhigen,
wie Methotrexat und Biologika, senken die Entzündung im ganzen Körper. Manche Menschen
stellen fest, dass ihre Kopfschmerzen nachlassen, sobald ihre RA gut eingestellt ist, auch
wenn das nicht gut untersucht ist.

Wenn Sie neben der RA auch Multiple Sklerose haben, sagen Sie es Ihrer Rheumatologin oder
Ihrem Rheumatologen: TNF-Hemmer, eine Gruppe der Biologika, werden bei MS in der Regel
vermieden.

## Nackenschmerzen

RA kann manchmal die Gelenke ganz oben an der Halswirbelsäule betreffen, was Schmerzen am
Hinterkopf verursachen kann. Wenn Sie neue Nackenschmerzen zusammen mit Kribbeln, Schwäche
oder Ungeschicklichkeit in Armen oder Beinen haben, holen Sie rasch ärztlichen Rat ein.

## Tipps

- Halten Sie Schübe, Migräneattacken und Ihren täglichen Stress in Overlap fest und notieren
  Sie körperliche Belastung als Auslöser, um zu sehen, ob sie zusammen auftreten.
- Teilen Sie Ihre Kräfte ein: Zerlegen Sie große Aufgaben in kleinere, mit Pausen
  dazwischen.
- Teilen Sie Ihren Zeitverlauf sowohl mit Ihrer Rheumatologin oder Ihrem Rheumatologen als
  auch mit der Ärztin oder dem Arzt, die oder der Ihre Migräne behandelt.
""",
    },
    "sjogrens-and-migraine": {
        "title": "Sjögren-Syndrom und Migräne",
        "summary": "Wie das Sjögren-Syndrom, das vor allem die Drüsen betrifft, die Augen und Mund feucht halten, die Nerven einbeziehen und Kopfschmerzen verschlimmern kann.",
        "body": """\
Das **Sjögren-Syndrom** (gesprochen „Schö-gren“) ist eine Autoimmunerkrankung, bei der das
Immunsystem die Drüsen angreift, die Feuchtigkeit bilden, vor allem Tränen und Speichel. Die
bekanntesten Beschwerden sind trockene Augen und ein trockener Mund. Viele Betroffene haben
außerdem Müdigkeit, Gelenkschmerzen und trockene Haut. Das Sjögren-Syndrom kann allein
auftreten oder zusammen mit einer anderen Autoimmunerkrankung wie Lupus oder rheumatoider
Arthritis.

## Verbindungen zur Migräne

Kopfschmerzen, auch Migräne, scheinen bei Menschen mit Sjögren-Syndrom häufig zu sein. Der
Zusammenhang scheint am stärksten bei Menschen zu sein, bei denen das Sjögren-Syndrom auch
das Nervensystem betrifft, allerdings sind die Studien klein.

## Nerven und Neuropathie

Bei manchen Menschen betrifft das Sjögren-Syndrom die Nerven. Eine Schädigung von Nerven
außerhalb von Gehirn und Rückenmark heißt **Neuropathie**. Sie kann Brennen, Kribbeln,
Taubheit oder Schmerzen verursachen, oft an Füßen und Händen und manchmal im Gesicht. Auch
die Nerven, die zum Beispiel Herzschlag, Schwitzen und Blutdruck steuern, können betroffen
sein.

Gereizte oder geschädigte Nerven können das gesamte Schmerzsystem empfindlicher machen.
Dadurch können Kopfschmerzen häufiger werden oder sich schwerer beruhigen lassen. Wenn Sie
neues Brennen, Taubheit oder Kribbeln bemerken, sprechen Sie Ihre Ärztin oder Ihren Arzt
darauf an. Es gibt Untersuchungen, mit denen sich prüfen lässt, wie gut Ihre Nerven
arbeiten.

## Alltägliches, das sich summiert

Die Trockenheit selbst kann zu Kopfschmerzen beitragen.

- Trockene, gereizte Augen können helles Licht und Bildschirme unangenehm machen, und helles
  Licht ist ein häufiger Migräneauslöser.
- Ein trockener Mund kann es schwerer machen, genug zu trinken, und den Schlaf stören.
  Schlechter Schlaf und zu wenig Trinken sind beides häufige Auslöser.
- Manche Medikamente verstärken die Trockenheit. Ein Beispiel ist Amitriptylin, ein älteres
  Medikament zur Vorbeugung von Migräne. Wenn Trockenheit ein Problem ist, fragen Sie, ob
  Ihre Medikamente überprüft werden sollten.

## Hilfreiche Gewohnheiten

- Trinken Sie über den Tag verteilt schluckweise Wasser und stellen Sie ein Glas neben das
  Bett.
- Verwenden Sie die Augentropfen oder Gele, die Ihr Behandlungsteam empfiehlt, und machen
  Sie regelmäßig Bildschirmpausen.
- Probieren Sie einen Luftbefeuchter, wenn die Luft zu Hause oder bei der Arbeit trocken
  ist.
- Halten Sie Trinkmenge und Schlaf in Ihrem täglichen Eintrag in Overlap fest, um zu sehen,
  ob trockene Tage mit schlechtem Schlaf Ihren Attacken vorausgehen.

## Behandlung

Es gibt keine einzelne Behandlung für das Sjögren-Syndrom. Die Behandlung zielt deshalb
darauf, die Trockenheit zu lindern und eine weiter reichende Entzündung zu behandeln.
Manchmal werden Hydroxychloroquin oder andere Medikamente eingesetzt, die das Immunsystem
beruhigen. Migräne lässt sich meist auf die übliche Weise behandeln. Erzählen Sie Ihrer
Ärztin oder Ihrem Arzt von Trockenheit, Nervenbeschwerden, einem Raynaud-Syndrom oder
Problemen mit den Blutgefäßen, denn das kann beeinflussen, welche Medikamente am besten zu
Ihnen passen. Das Raynaud-Syndrom spielt bei Triptanen eine Rolle, und es ist inzwischen
auch als mögliche Nebenwirkung der CGRP-Medikamente aufgeführt.
""",
    },
    "celiac-disease-and-migraine": {
        "title": "Zöliakie und Migräne",
        "summary": "Wie Zöliakie, eine Immunreaktion auf Gluten, mit Migräne zusammenhängt und warum eine streng glutenfreie Ernährung Kopfschmerzen lindern kann, sobald die Zöliakie bestätigt ist.",
        "body": """\
Die **Zöliakie** (im Englischen celiac oder coeliac disease) ist eine Autoimmunerkrankung,
die durch **Gluten** ausgelöst wird, ein Eiweiß in Weizen, Gerste und Roggen. Bei Menschen
mit Zöliakie führt Gluten im Essen dazu, dass das Immunsystem die Schleimhaut des Dünndarms
angreift. Mit der Zeit schädigt das die Schleimhaut und macht es schwerer, Nährstoffe aus
der Nahrung aufzunehmen.

Die Beschwerden sind sehr unterschiedlich. Manche Menschen haben Bauchschmerzen, Blähungen
oder Durchfall. Andere sind vor allem müde oder haben einen Eisenmangel, und manche haben
gar keine deutlichen Beschwerden.

## Migräne und Zöliakie

Kopfschmerzen und besonders Migräne scheinen bei Menschen mit Zöliakie häufiger zu sein. Bei
manchen Menschen gehören Kopfschmerzen vor der Diagnose zu den Hauptbeschwerden.

Ein wahrscheinlicher Grund ist die Entzündung. Wenn Gluten die Immunreaktion im Darm
auslöst, gelangen entzündliche Botenstoffe über das Blut in den ganzen Körper. Sie könnten
die Schmerzbahnen des Gehirns leichter erregbar machen. Niedrige Spiegel von Nährstoffen wie
Eisen, Folsäure oder Vitamin B12 können Müdigkeit und Kopfschmerzen ebenfalls verschlimmern.

## Die glutenfreie Ernährung

Die Behandlung der Zöliakie ist eine strenge, lebenslange glutenfreie Ernährung. Während der
Darm heilt, haben Menschen laut einigen Studien weniger oder leichtere Migräneattacken. Die
Studien sind klein, und wie viel es hilft, ist von Mensch zu Mensch verschieden. Viele
brauchen weiterhin ihre übliche Migränebehandlung.

Das gilt für Menschen mit Zöliakie. Es gibt keine guten Belege dafür, dass eine glutenfreie
Ernährung bei Menschen, deren Körper nicht auf Gluten reagiert, gegen Migräne hilft.

## Wichtig: erst testen lassen

Wenn Sie vermuten, dass Gluten für Sie ein Problem sein könnte, **lassen Sie es nicht weg,
bevor Sie getestet wurden**. Der Bluttest und die Gewebeprobe aus dem Dünndarm, mit denen
Zöliakie festgestellt wird, funktionieren nur, solange Sie noch Gluten essen. Wer zu früh
aufhört, bekommt vielleicht fälschlich Entwarnung. Sprechen Sie zuerst mit Ihrer Ärztin oder
Ihrem Arzt.

## Glutenfrei leben

- Eine Ernährungsfachkraft kann Ihnen helfen, sich ohne Gluten gut zu ernähren und
  versteckte Quellen zu erkennen, etwa manche Saucen, Suppen und Sojasauce.
- Hafer wird bei der Verarbeitung oft mit Weizen vermischt. Wählen Sie Hafer, der als
  glutenfrei gekennzeichnet ist, und klären Sie mit Ihrem Behandlungsteam, ob Hafer für Sie
  geeignet ist.
- Versehen passieren. Wenn Sie versehentlich Gluten gegessen haben, notieren Sie es in Ihrem
  täglichen Eintrag in Overlap. Mit der Zeit sehen Sie vielleicht, ob auf Tage mit Gluten
  Migräneattacken folgen.

## Andere Autoimmunerkrankungen

Zöliakie ist häufiger bei Menschen, die bereits eine andere Autoimmunerkrankung haben, etwa
Typ-1-Diabetes oder eine Autoimmunerkrankung der Schilddrüse. Wenn Sie anhaltende
Darmbeschwerden, einen Eisenmangel oder Müdigkeit ohne klare Ursache haben, fragen Sie Ihre
Ärztin oder Ihren Arzt, ob ein Test für Sie sinnvoll ist.
""",
    },
    "chronic-migraine": {
        "title": "Chronische Migräne erklärt",
        "summary": "Was Ärztinnen und Ärzte unter chronischer Migräne verstehen, wie Overlap Kopfschmerz- und Migränetage daran misst und was Sie und Ihre Behandelnden tun können, wenn die Zahlen steigen.",
        "body": """\
Die meisten Menschen mit Migräne haben eine *episodische* Migräne: Attacken kommen und
gehen, mit vielen kopfschmerzfreien Tagen dazwischen. Bei manchen werden die Attacken so
häufig, dass an mehr Tagen Kopfschmerzen bestehen als nicht. Dann sprechen Ärztinnen und
Ärzte von **chronischer Migräne**. Das Wort chronisch bezieht sich hier darauf, wie oft, und
nicht darauf, wie lange Sie schon Migräne haben.

Vielleicht sind Sie über einen Hinweis in Overlap hierhergekommen. Der Hinweis bedeutet,
dass Ihr Tagebuch ein Muster zeigt, das zu dieser Definition passt. Er ist keine Diagnose.
Nur eine Ärztin oder ein Arzt, die oder der Sie kennt, kann beurteilen, um welche
Kopfschmerzen es sich bei Ihnen handelt.

## Die Definition

Die Klassifikation der Internationalen Kopfschmerzgesellschaft (ICHD-3, Abschnitt 1.3)
beschreibt chronische Migräne als:

- Kopfschmerzen an **15 oder mehr Tagen im Monat**,
- über **mehr als drei Monate**,
- mit **Migränemerkmalen an mindestens 8 dieser Tage im Monat** (oder an Tagen, an denen ein
  Migränemedikament wie ein Triptan gewirkt hat),
- bei einem Menschen, der Migräne hat.

Kopfschmerztage zählen unabhängig von der Art des Kopfschmerzes, also zählen auch leichtere
Tage. Die Tage mit Migränemerkmalen sind die, die wie Migräne aussehen, zum Beispiel ein
pochender Kopfschmerz mit Übelkeit oder starker Lichtempfindlichkeit.

## Wie Overlap zählt

Overlap zählt **Tage, nicht Attacken**. Ein Tag zählt als Kopfschmerztag, wenn zu
irgendeinem Zeitpunkt an diesem Tag, in Ihrer eigenen Zeitzone, Kopfschmerzen bestanden, und
als Migränetag, wenn dieser Kopfschmerz eine Migräne war. Eine Attacke von Montagabend bis
Mittwochmorgen ergibt drei Tage. Overlap rechnet die Zahlen auf je 30 Tage um, nur für die
Tage, die Ihr Tagebuch abdeckt, und sagt Ihnen, wenn zu wenige Tage erfasst sind, um viel
daraus abzulesen.

Overlap zeigt den Hinweis auf chronische Migräne, wenn in jedem der letzten drei
30-Tage-Zeiträume Ihre Kopfschmerztage 15 und Ihre Migränetage 8 erreichen.

## Warum das wichtig ist

Chronische Migräne ist nicht selten, und sie kann Arbeit, Familie und Stimmung schwer
belasten. Sie ist aber auch behandelbar. Viele Menschen kommen mit dem richtigen Plan wieder
zu weniger Kopfschmerztagen, und es lohnt sich, um Hilfe zu bitten, statt allein damit
zurechtzukommen.

## Was Migräne in Richtung chronisch treiben kann

- **Häufige Einnahme von Medikamenten gegen Attacken.** Wer an vielen Tagen Schmerzmittel
  oder Migränemedikamente nimmt, kann dadurch selbst häufiger Kopfschmerzen bekommen. Die
  Seite *Kopfschmerz durch Medikamentenübergebrauch erklärt* behandelt das, auch warum
  Schmerzmittel für Ihre Gelenke mitzählen.
- **Von vornherein häufige Attacken**, schlechter Schlaf, anhaltender Stress, gedrückte
  Stimmung und andere Schmerzerkrankungen.
- Bei Autoimmunerkrankungen können **Schübe** und die Schmerzmittel, die sie mit sich
  bringen, zusätzliche Kopfschmerztage verursachen.

## Was Ihre Ärztin oder Ihr Arzt vorschlagen könnte

Ihre Ärztin oder Ihr Arzt wird sich Ihr Tagebuch, Ihre Medikamente und Ihre anderen
Erkrankungen ansehen. Mögliche Gesprächsthemen sind:

- eine **vorbeugende Behandlung**, die regelmäßig eingenommen wird, um die Zahl der Attacken
  zu senken. Zu den Möglichkeiten mit Belegen bei chronischer Migräne gehören Topiramat,
  Injektionen mit Botulinumtoxin (OnabotulinumtoxinA) und die CGRP-Antikörper, jeweils mit
  eigenen Vorsichtsmaßnahmen,
- ein Plan für den **Medikamentenübergebrauch**, wenn er Teil des Bildes ist,
- Unterstützung bei **Schlaf, Stress und Stimmung**, was oft einen echten Unterschied macht,
- wie Ihre Autoimmunbehandlung zu alldem passt.

Eine Behandlung wird meist nach zwei oder drei Monaten beurteilt, daran, ob Ihre monatlichen
Migränetage zurückgegangen sind, oft um die Hälfte oder mehr.

## Bringen Sie Ihre Zahlen mit

Der Bericht in Overlap zeigt Ihre Kopfschmerztage, Migränetage und Medikamententage
nebeneinander für den Zeitraum, den Sie wählen. Wenn Sie ihn zum Termin mitnehmen, müssen
Sie nicht aus dem Gedächtnis zählen.
""",
    },
    "treating-inflammation": {
        "title": "Entzündungen behandeln",
        "summary": "Wie entzündungshemmende Medikamente bei Autoimmunerkrankungen, etwa NSAR, Kortikosteroide und DMARDs, und die neueren CGRP-Migränemedikamente helfen können und welche Vorsichtsmaßnahmen jeweils dazugehören.",
        "body": """\
Entzündung verbindet viele Autoimmunerkrankungen mit Migräne. Deshalb ist es naheliegend,
dass ihre Behandlung manchmal bei beidem helfen kann. Diese Seite beschreibt die wichtigsten
Medikamentengruppen. Es handelt sich um allgemeine Informationen. Ihre eigene Behandlung
hängt von Ihren Erkrankungen, Ihren anderen gesundheitlichen Bedürfnissen und davon ab, was
Ihnen wichtig ist. Entscheiden Sie deshalb gemeinsam mit Ihrer Ärztin oder Ihrem Arzt.

## NSAR

Zu den *nichtsteroidalen Antirheumatika*, kurz NSAR, gehören Ibuprofen, Naproxen, Diclofenac
und Acetylsalicylsäure (Aspirin). Sie blockieren Stoffe, die Schmerzen und Schwellungen
verursachen. Sie werden bei Gelenkschmerzen eingesetzt, und mehrere wirken auch gut gegen
eine Migräneattacke, wenn sie früh eingenommen werden.

Sie haben eigene Risiken, die vor allem dann wichtig sind, wenn sie oft eingenommen werden:

- **Magen.** Sie können Verdauungsbeschwerden, Geschwüre und Blutungen aus Magen oder Darm
  verursachen. Das Risiko ist höher bei älteren Menschen, nach einem früheren Geschwür und
  zusammen mit Kortison oder blutverdünnenden Medikamenten. Ihre Ärztin oder Ihr Arzt
  schlägt vielleicht ein Medikament zum Magenschutz vor.
- **Herz und Kreislauf.** Regelmäßige Einnahme erhöht das Risiko für Herzinfarkt und
  Schlaganfall leicht, bei manchen NSAR wie Diclofenac mehr als bei anderen. Sie können den
  Blutdruck erhöhen und eine Herzschwäche verschlimmern.
- **Nieren.** Sie können die Durchblutung der Nieren verringern. Das ist wichtig, wenn Lupus
  oder eine andere Erkrankung Ihre Nieren betrifft oder wenn Sie zu wenig Flüssigkeit im
  Körper haben.
- **Asthma.** Bei einigen wenigen Menschen mit Asthma verschlimmern NSAR das Asthma.
- **Kopfschmerz durch Medikamentenübergebrauch.** Die Einnahme an 15 oder mehr Tagen im
  Monat kann dazu führen. Tage, an denen Sie sie gegen Gelenkschmerzen einnehmen, zählen
  ebenfalls.

## Kortikosteroide

*Kortikosteroide*, oft einfach Kortison oder Steroide genannt, wie Prednisolon, sind starke,
schnell wirkende Medikamente, die Entzündungen dämpfen. Sie werden oft eingesetzt, um einen
Schub unter Kontrolle zu bringen. Manchmal verordnen Ärztinnen und Ärzte auch eine kurze
Behandlung, um eine lange, hartnäckige Migräneattacke zu beenden.

Kortison wirkt gut, aber eine lange Behandlung kann zu Gewichtszunahme, schlechtem Schlaf,
Stimmungsschwankungen, dünneren Knochen und hohem Blutzucker führen. Deshalb streben
Ärztinnen und Ärzte die niedrigste Dosis für die kürzeste Zeit an. Wenn Sie Kortison länger
als einige Wochen eingenommen haben, setzen Sie es nicht ohne Rücksprache plötzlich ab, denn
Ihr Körper braucht Zeit, um seine eigene Produktion wieder aufzunehmen.

## DMARDs

*Krankheitsmodifizierende Antirheumatika*, kurz DMARDs (nach dem englischen Begriff),
behandeln die Ursache der Entzündung, nicht nur den Schmerz. Beispiele sind Methotrexat,
Hydroxychloroquin, Sulfasalazin und Leflunomid. Sie wirken langsam, und es kann Wochen oder
Monate dauern, bis sie ihre volle Wirkung erreichen. Indem sie die Erkrankung beruhigen,
senken sie möglicherweise auch die Entzündung, die zu Kopfschmerzen beitragen kann. Bei den
meisten sind regelmäßige Blutuntersuchungen nötig. Mehr dazu steht auf der Seite
*Medikamente, die das Immunsystem beruhigen*.

## CGRP-Medikamente

CGRP (Calcitonin Gene-Related Peptide) ist ein Botenstoff, den Nerven rund um das Gehirn
während einer Migräneattacke freisetzen. Er erweitert Blutgefäße, hilft bei der
Weiterleitung von Schmerzsignalen und treibt die von den Nerven ausgehende Entzündung der
Migräne an. Medikamente, die CGRP oder seine Andockstelle blockieren, wurden eigens für die
Migräne entwickelt. Es gibt sie in zwei Familien.

**Monoklonale Antikörper** (Erenumab, Fremanezumab, Galcanezumab und Eptinezumab) werden als
Spritze einmal im Monat oder alle drei Monate oder als Infusion gegeben. Sie werden nur zur
*Vorbeugung* von Attacken eingesetzt.

**Gepante** sind kleinmolekulare Medikamente, und sie unterscheiden sich voneinander:

- **Rimegepant** und **Ubrogepant** sind Tabletten, die eine Attacke behandeln; Rimegepant
  kann auch jeden zweiten Tag zur Vorbeugung von Attacken eingenommen werden,
- **Atogepant** ist eine tägliche Tablette, die nur zur *Vorbeugung* von Attacken dient,
  nicht zur Behandlung einer Attacke,
- **Zavegepant** ist ein **Nasenspray**, das eine Attacke behandelt.

### Vorsicht bei CGRP-Medikamenten

Anders als Triptane verengen CGRP-Medikamente die Blutgefäße nicht direkt. Deshalb kommen
sie oft für Menschen infrage, deren Autoimmunerkrankung die Gefäße betrifft. Ganz ohne
gefäßbezogene Vorsichtsmaßnahmen sind sie aber nicht. Ihre Produktinformationen warnen
inzwischen, dass sie **den Blutdruck erhöhen** oder einen bestehenden Bluthochdruck
verschlimmern können und dass sie ein **Raynaud-Syndrom** auslösen oder verschlimmern
können, bei dem Finger und Zehen bei Kälte weiß oder blau werden. Wenn Sie Bluthochdruck
oder ein Raynaud-Syndrom haben, wird Ihre Ärztin oder Ihr Arzt beides im Auge behalten und
möchte erfahren, wenn sich eines davon nach Beginn der Behandlung verändert.

Weitere wichtige Punkte:

- **Schwangerschaft.** Die Antikörper bleiben nach der letzten Dosis monatelang im Körper.
  Deshalb werden sie meist mehrere Monate vor einer geplanten Schwangerschaft abgesetzt.
  Gepante verlassen den Körper innerhalb von Tagen. Wenn Sie eine Schwangerschaft planen,
  sprechen Sie frühzeitig mit Ihrer Ärztin oder Ihrem Arzt.
- **Verstopfung** ist eine häufige Nebenwirkung, besonders bei Erenumab und Atogepant.
- Sie sind neuer als die meisten Migränemedikamente, deshalb wächst die Erfahrung mit der
  Langzeitanwendung noch.

Tage mit einem Gepant zählen in Overlap als Tage mit einem Medikament gegen eine Attacke.
Sie werden nicht zum Medikamentenübergebrauch gezählt, weil Studien nicht gezeigt haben,
dass Gepante einen Kopfschmerz durch Medikamentenübergebrauch verursachen.

## Führen Sie Buch

Tragen Sie jede Dosis in Overlap ein, auch Schmerzmittel für die Gelenke. Ihre Ärztin oder
Ihr Arzt kann dann sehen, wie oft Sie welches Medikament einnehmen und wie gut es wirkt.
""",
    },
    "immune-modulating-medicines": {
        "title": "Medikamente, die das Immunsystem beruhigen",
        "summary": "Was Methotrexat, Biologika und andere immunmodulierende Behandlungen bewirken, wie sie sich auf Migräne auswirken könnten und welche Kontrollen helfen, sie sicher anzuwenden.",
        "body": """\
Bei einer Autoimmunerkrankung ist das Immunsystem zu aktiv und greift körpereigenes Gewebe
an. *Immunmodulation* bedeutet, diese Aktivität mit Medikamenten auf ein sichereres Maß
herunterzuregeln. Manche dieser Medikamente heißen Immunsuppressiva, weil sie das
Immunsystem unterdrücken, also bremsen.

## Methotrexat

Methotrexat ist eines der am häufigsten eingesetzten Medikamente bei rheumatoider Arthritis.
Es wird auch bei Lupus, Psoriasis-Arthritis und anderen Erkrankungen verwendet. Bei diesen
Erkrankungen wird es **einmal pro Woche** eingenommen, nicht täglich, oft zusammen mit
Folsäure an einem anderen Tag, um Nebenwirkungen zu verringern. Es häufiger als verordnet
einzunehmen, kann gefährlich sein. Halten Sie sich deshalb immer genau an die Anweisung.

Bei Methotrexat sind regelmäßige Blutuntersuchungen nötig, um Blutbild und Leber zu
kontrollieren. Halten Sie beim Alkohol die Grenze ein, die Ihr Behandlungsteam Ihnen nennt.
Manche Menschen fühlen sich am Tag nach der Einnahme übel oder müde, und einige bekommen
Kopfschmerzen. Notieren Sie das in Overlap, damit Sie darüber sprechen können.

## Biologika

Biologika sind Medikamente, die mithilfe lebender Zellen hergestellt werden. Jedes blockiert
einen bestimmten Teil des Immunsystems. Einige Beispiele:

- **TNF-Hemmer** wie Adalimumab, Etanercept und Infliximab blockieren TNF-alpha.
- **IL-6-Hemmer** wie Tocilizumab blockieren das IL-6-Signal.
- **B-Zell-Therapien** wie Rituximab und, bei Lupus, Belimumab wirken auf die Zellen, die
  später Antikörper bilden, darunter auch Autoantikörper.
- Auch mehrere MS-Behandlungen wirken auf bestimmte Immunzellen.

Biologika werden als Spritze oder Infusion gegeben. Auch einige neuere Tabletten, etwa
JAK-Hemmer, wirken gezielt.

### TNF-Hemmer und Multiple Sklerose

TNF-Hemmer werden in der Regel **bei Menschen mit Multipler Sklerose vermieden** und ebenso
bei einer anderen demyelinisierenden Erkrankung, etwa nach einer früheren Sehnerventzündung
(Optikusneuritis). In einer Studie bei MS führte ein Medikament, das TNF blockierte, zu
häufigeren Schüben, und TNF-Hemmer wurden bei einer kleinen Zahl von Menschen mit einer
neuen Demyelinisierung in Verbindung gebracht. Das ist zum Beispiel wichtig, wenn Sie sowohl
mit rheumatoider Arthritis als auch mit MS leben: Ihre Rheumatologin oder Ihr Rheumatologe
wird dann meist eine andere Art von Medikament wählen. Sorgen Sie dafür, dass alle, die
Ihnen Medikamente verschreiben, von jeder Ihrer Erkrankungen wissen.

## Könnten sie bei Migräne helfen?

Diese Medikamente sind keine Migränebehandlung. TNF-alpha und IL-6 könnten bei der Migräne
eine Rolle spielen, deshalb interessiert die Forschung, ob eine Beruhigung des Immunsystems
auch bei Kopfschmerzen hilft. Manche Menschen bemerken tatsächlich weniger oder leichtere
Attacken, sobald ihre Autoimmunerkrankung unter Kontrolle ist. Die Belege sind begrenzt. Am
besten sehen Sie das als möglichen Zusatznutzen, nicht als Grund, ein Medikament zu
beginnen.

Andererseits können einige dieser Medikamente als Nebenwirkung Kopfschmerzen verursachen.
Wenn Sie Dosen und Attacken in Overlap festhalten, können Sie und Ihr Behandlungsteam das
besser unterscheiden.

## Infektionen

Weil diese Medikamente das Immunsystem herunterregeln, können Infektionen wahrscheinlicher
oder schwerer werden. Holen Sie rasch ärztlichen Rat ein, wenn Sie Fieber haben oder sich
sehr krank fühlen, und besonders, wenn Sie Kopfschmerzen mit Fieber, einem steifen Nacken
oder einem Hautausschlag haben. Fragen Sie Ihr Behandlungsteam, welche Impfungen Sie
bekommen sollten.

## Halten Sie beide Teams auf dem Laufenden

Sorgen Sie dafür, dass die Ärztin oder der Arzt, die oder der Ihre Migräne behandelt, von
Ihrer Immuntherapie weiß und dass Ihr rheumatologisches oder MS-Behandlungsteam Ihre
Migränemedikamente kennt. Manche Kombinationen müssen gut durchdacht werden, und keines der
beiden Teams kann ohne die vollständige Liste gut planen.
""",
    },
    "medication-caution": {
        "title": "Medikamente, die besondere Vorsicht erfordern",
        "summary": "Warum Triptane und andere gefäßverengende Medikamente Vorsicht erfordern, wenn eine Autoimmunerkrankung die Gefäße betrifft, was die Alternativen mit sich bringen und wie häufige Schmerzmittel, auch gegen Gelenkschmerzen, einen Kopfschmerz durch Medikamentenübergebrauch verursachen können.",
        "body": """\
Diese Seite behandelt zwei Dinge, die wichtig sind, wenn Sie mit Migräne und einer
Autoimmunerkrankung leben. Im ersten Teil geht es um Medikamente, die auf die Blutgefäße
wirken, und die Entscheidungen rund um sie. Im zweiten Teil geht es darum, häufig
Schmerzmittel einzunehmen.

Vielleicht sind Sie über einen Hinweis in Overlap hierhergekommen. Der Hinweis soll Sie
informieren, nicht beunruhigen, und er bedeutet niemals, dass Sie ein Medikament absetzen
müssen. Nehmen Sie Ihre Medikamente weiter wie verordnet ein und sprechen Sie mit Ihrer
Ärztin oder Ihrem Arzt.

## Teil 1: Medikamente, die Blutgefäße verengen

**Triptane** wie Sumatriptan, Rizatriptan und Zolmitriptan gehören zu den wirksamsten
Behandlungen einer Migräneattacke. Ein Teil ihrer Wirkung beruht darauf, dass sie Blutgefäße
rund um das Gehirn verengen. Sie können auch andere Gefäße ein wenig verengen, auch die des
Herzens.

Für die meisten Menschen ist das kein Problem. Besondere Vorsicht ist aber nötig, wenn die
Blutgefäße bereits betroffen sind, zum Beispiel bei:

- **Vaskulitis**, einer Entzündung der Blutgefäßwände, die bei Lupus, rheumatoider
  Arthritis, dem Sjögren-Syndrom, der systemischen Sklerose und anderen Erkrankungen
  vorkommen kann,
- **Raynaud-Syndrom**, bei dem Finger und Zehen bei Kälte weiß oder blau werden, weil sich
  ihre kleinen Gefäße zusammenziehen,
- Erkrankungen der **Arterien**: Herzerkrankungen wie Angina pectoris oder ein früherer
  Herzinfarkt, ein früherer Schlaganfall oder Mini-Schlaganfall (TIA) oder verengte Arterien
  in den Beinen,
- **Bluthochdruck**, besonders wenn er nicht gut eingestellt ist,
- **Antiphospholipid-Syndrom** mit Gerinnseln in den Arterien.

Ein Gerinnsel in einer *Vene*, etwa eine tiefe Beinvenenthrombose, ist etwas anderes: Von
Triptanen ist nicht bekannt, dass sie diese Art von Risiko erhöhen, von östrogenhaltigen
Medikamenten dagegen schon. Die Seite *Gene, Hormone und Blutgefäße* erklärt den
Unterschied.

Lupus und rheumatoide Arthritis erhöhen außerdem im Lauf der Jahre das Risiko für Herz- und
Gefäßerkrankungen. Ihre Ärztin oder Ihr Arzt wägt bei Ihnen deshalb vielleicht anders ab als
bei jemandem ohne diese Erkrankungen.

### Weitere Situationen, in denen Triptane nicht eingesetzt werden

- **Hemiplegische Migräne oder Migräne mit Hirnstammaura**, bei denen die Aura eine Schwäche
  einer Körperseite, Doppeltsehen, verwaschene Sprache oder Unsicherheit beim Gehen und
  Stehen einschließt. Triptane werden dabei in der Regel vermieden.
- **Innerhalb von 24 Stunden nach einem Mutterkornalkaloid** (wie Ergotamin oder
  Dihydroergotamin) **oder nach einem anderen Triptan**. Ihre Wirkungen auf die Blutgefäße
  können sich addieren. Overlap zeigt einen Hinweis, wenn Ihr Tagebuch zwei davon innerhalb
  eines Tages enthält.
- Zusammen mit **MAO-Hemmern**, einer älteren Gruppe von Antidepressiva (wie Phenelzin oder
  Moclobemid), die den Blutspiegel mancher Triptane erhöhen. Manche Triptane sollten
  innerhalb von zwei Wochen nach dem Absetzen eines MAO-Hemmers nicht eingenommen werden.
  Informieren Sie Ihre Ärztin oder Ihren Arzt über jedes Antidepressivum, das Sie einnehmen,
  denn auch einige andere Kombinationen erfordern Vorsicht.

**Ergotamin** und ähnliche ältere Medikamente verengen die Blutgefäße stärker als Triptane
und werden heute nur noch selten eingesetzt. Manche **Betablocker**, die zur Vorbeugung von
Migräne verwendet werden, können kalte Hände und ein Raynaud-Syndrom verschlimmern.

## Die Alternativen und ihre eigenen Vorsichtsmaßnahmen

Wenn Triptane für Sie nicht geeignet sind, gibt es andere Möglichkeiten. Keine ist ohne
Vorsichtsmaßnahmen, deshalb wird Ihre Ärztin oder Ihr Arzt sie mit Ihnen abwägen.

- **NSAR** wie Ibuprofen oder Naproxen. Häufig eingenommen, können sie den Magen reizen oder
  zu Magenblutungen führen, die Nieren belasten, den Blutdruck erhöhen und das Risiko für
  Herzinfarkt und Schlaganfall leicht erhöhen. Das ist wichtiger, wenn der Lupus Ihre Nieren
  betrifft oder wenn Sie eine Herzerkrankung oder ein früheres Geschwür haben.
- **Gepante** (wie Rimegepant, Ubrogepant oder das Nasenspray Zavegepant). Sie verengen die
  Blutgefäße nicht direkt, aber ihre Produktinformationen warnen inzwischen vor erhöhtem
  Blutdruck und dem Raynaud-Syndrom.
- **Ditane.** Lasmiditan ist das einzige. Es wirkt an einem anderen Serotoninrezeptor als
  die Triptane, der sich auf Nerven befindet, und verengt die Blutgefäße nicht. Es
  verursacht oft Schwindel und Schläfrigkeit, deshalb sollten Sie nach einer Dosis
  mindestens 8 Stunden lang nicht Auto fahren. An 10 oder mehr Tagen im Monat eingenommen,
  kann es wie Triptane einen Kopfschmerz durch Medikamentenübergebrauch verursachen. Es ist
  nicht überall erhältlich.
- **Vorbeugende Medikamente**, darunter die CGRP-Antikörper, für die dieselben Warnungen zu
  Blutdruck und Raynaud-Syndrom gelten wie für die Gepante.

## Teil 2: Kopfschmerz durch Medikamentenübergebrauch

Schmerzmittel und Migränemedikamente sind sicher und nützlich, wenn sie nur ab und zu
eingenommen werden. Werden sie aber an vielen Tagen im Monat eingenommen, Monat für Monat,
können sie die Kopfschmerzen häufiger machen. Das nennt man **Kopfschmerz durch
Medikamentenübergebrauch**.

Die Klassifikation der Internationalen Kopfschmerzgesellschaft (ICHD-3) legt für eine
regelmäßige Einnahme über mehr als drei Monate diese Grenzen fest:

- **10 oder mehr Tage im Monat** mit Triptanen, Mutterkornalkaloiden, Opioiden wie Codein,
  Kombinationsschmerzmitteln oder anderen Medikamenten gegen Attacken wie Lasmiditan,
- **15 oder mehr Tage im Monat** mit einfachen Schmerzmitteln: Paracetamol,
  Acetylsalicylsäure (Aspirin), Ibuprofen, Naproxen und anderen NSAR,
- insgesamt **10 oder mehr Tage im Monat**, wenn Sie mehrere Arten verwenden, auch wenn
  keine davon ihre eigene Grenze überschreitet.

Es zählen Tage, nicht Tabletten. NSAR für Ihre Gelenke zählen ebenfalls, auch an Tagen ohne
Kopfschmerzen, was bei rheumatoider Arthritis oder Lupus leicht übersehen wird. Gepante
werden nicht mitgezählt, weil Studien nicht gezeigt haben, dass sie diesen Kopfschmerz
verursachen.

Wenn Ihre Tage diese Grenzen erreichen, wird Ihre Ärztin oder Ihr Arzt mit Ihnen planen, wie
es weitergeht. Bei einfachen Schmerzmitteln und Triptanen empfehlen Leitlinien meist, das
übermäßig genutzte Medikament im Rahmen dieses Plans abzusetzen, oft zusammen mit einer
vorbeugenden Behandlung und Unterstützung in den ersten Wochen. Bei Opioiden und manchen
Beruhigungsmitteln ist es anders: Sie werden langsam verringert, weil ein plötzliches
Absetzen Entzugserscheinungen verursachen kann. Bis Sie diesen Plan haben, nehmen Sie Ihre
Medikamente weiter so ein wie bisher. Die Seite *Kopfschmerz durch Medikamentenübergebrauch
erklärt* geht alles Schritt für Schritt durch.
""",
    },
    "medication-overuse-headache": {
        "title": "Kopfschmerz durch Medikamentenübergebrauch erklärt",
        "summary": "Wie die Einnahme von Schmerz- oder Migränemitteln an vielen Tagen Kopfschmerzen häufiger machen kann, welche Tage Overlap zählt und warum NSAR für die Gelenke mitzählen, und wie der Plan Ihrer Ärztin oder Ihres Arztes zum Beenden des Übergebrauchs meist aussieht.",
        "body": """\
Medikamente gegen Kopfschmerzen und Schmerzen wirken gut, wenn Sie sie ab und zu einnehmen.
Werden sie an vielen Tagen im Monat eingenommen, Monat für Monat, können sie das Gegenteil
bewirken und die Kopfschmerzen häufiger machen. Ärztinnen und Ärzte nennen das **Kopfschmerz
durch Medikamentenübergebrauch**. Er tritt bei Menschen auf, die bereits eine
Kopfschmerzerkrankung haben, meist Migräne, und er ist ein häufiger Grund dafür, dass
Migräne häufiger wird.

Vielleicht sind Sie über einen Hinweis in Overlap hierhergekommen. Der Hinweis zählt Tage in
Ihrem Tagebuch. Er ist keine Diagnose und bedeutet nicht, dass Sie etwas falsch gemacht
haben. Viele Menschen wissen gar nicht, dass so etwas passieren kann.

## Die zwei Teile der Definition

Die Klassifikation der Internationalen Kopfschmerzgesellschaft (ICHD-3, Abschnitt 8.2)
beschreibt den Kopfschmerz durch Medikamentenübergebrauch als Kopfschmerzen an **15 oder
mehr Tagen im Monat** bei einem Menschen mit einer Kopfschmerzerkrankung, zusammen mit einem
**regelmäßigen Übergebrauch von Medikamenten über mehr als drei Monate**. Übergebrauch
bedeutet eine Einnahme an:

- **10 oder mehr Tagen im Monat**: Triptane, Mutterkornalkaloide (Ergotamine), Opioide (wie
  Codein), Kombinationsschmerzmittel (Tabletten mit zwei oder mehr Wirkstoffen, etwa
  Paracetamol mit Codein oder ein Schmerzmittel mit Koffein) und andere Medikamente gegen
  Attacken wie Lasmiditan,
- **15 oder mehr Tagen im Monat**: einfache Schmerzmittel, also Paracetamol,
  Acetylsalicylsäure (Aspirin), Ibuprofen, Naproxen und andere NSAR,
- **insgesamt 10 oder mehr Tagen im Monat**, wenn Sie mehrere Arten verwenden, auch wenn
  keine davon ihre eigene Grenze erreicht.

Beide Teile sind wichtig. Overlap zeigt Ihre Medikamententage und Ihre Kopfschmerztage für
dieselben Zeiträume. Wenn beide die Grenzen über mehr als drei Monate erreichen, sagt
Overlap, dass Ihr Tagebuch zu dem Muster passt. Wenn nur die Medikamententage sie erreichen,
sagt Overlap auch das, denn dann ist der richtige Zeitpunkt, darüber zu sprechen, bevor die
Kopfschmerzen häufiger werden.

## Welche Tage zählen

- **Tage, nicht Tabletten.** Ein Tag mit einer Tablette zählt genauso wie ein Tag mit vier.
- **NSAR für Ihre Gelenke zählen.** Die Grenze bezieht sich auf das Medikament, nicht auf
  den Grund der Einnahme. Ibuprofen oder Naproxen gegen rheumatoide Arthritis oder Lupus
  zählt auch an Tagen ohne Kopfschmerzen. Deshalb zeigt Overlap zwei Zahlen nebeneinander:
  Tage, an denen Sie ein Medikament *zur Behandlung einer Attacke* eingenommen haben, und
  Tage, die *zum Übergebrauch* zählen, unabhängig vom Grund.
- **Gepante werden nicht zum Übergebrauch gezählt.** Studien haben nicht gezeigt, dass
  Gepante einen Kopfschmerz durch Medikamentenübergebrauch verursachen, und die
  Klassifikation wurde geschrieben, bevor es sie gab. Overlap zählt sie trotzdem als Tage
  mit einem Medikament gegen eine Attacke.

## Was Ihre Ärztin oder Ihr Arzt meist planen wird

Leitlinien, etwa die der Europäischen Akademie für Neurologie (EAN), beschreiben einige
Schritte. Ihre Ärztin oder Ihr Arzt wählt aus, was zu Ihnen passt.

1. **Erklären, was vor sich geht.** Für manche Menschen reicht es, den Zusammenhang zu
   verstehen und die Einnahme mit Unterstützung zu verringern.
2. **Das übermäßig genutzte Medikament absetzen.** Bei einfachen Schmerzmitteln, Triptanen
   und Mutterkornalkaloiden empfehlen Leitlinien meist, sie vollständig abzusetzen statt
   schrittweise zu verringern, zumindest für einige Wochen, mit einem Plan Ihrer Ärztin oder
   Ihres Arztes. Bei **Opioiden** und manchen Beruhigungsmitteln ist es anders: Sie werden
   langsam verringert, manchmal mit zusätzlicher Unterstützung, weil ein plötzliches
   Absetzen Entzugserscheinungen verursachen kann.
3. **Eine vorbeugende Behandlung**, oft gleichzeitig begonnen, um die Zahl der Attacken zu
   senken.
4. **Ein Plan für die ersten Wochen.** Die Kopfschmerzen werden oft für ein bis zwei Wochen
   schlimmer, bevor sie sich bessern. Ihre Ärztin oder Ihr Arzt kann vorschlagen, was Sie an
   den schlimmsten Tagen einnehmen oder tun können.
5. **Nachsorge**, um die Fortschritte zu prüfen und die Medikamententage danach unter den
   Grenzen zu halten.

Bis Sie diesen Plan haben, nehmen Sie Ihre Medikamente weiter so ein wie bisher, und setzen
Sie nichts ab, was Ihnen gegen Ihre Autoimmunerkrankung verordnet wurde.

## Die Aussichten

Den meisten Menschen geht es besser, sobald der Übergebrauch aufhört: Die Kopfschmerzen
werden seltener, und die Medikamente gegen Attacken wirken wieder besser. Manche geraten
später erneut in den Übergebrauch. Deshalb helfen Nachsorge und ein Tagebuch.

## Overlap nutzen

Tragen Sie jede Dosis ein, auch Schmerzmittel für Ihre Gelenke, zusammen mit dem Grund der
Einnahme. Der Hinweis in Overlap warnt Sie, bevor Sie eine Grenze erreichen, und der Bericht
zeigt Ihre Medikamententage und Kopfschmerztage für Ihren Termin zusammen.
""",
    },
    "stress-sleep-and-hydration": {
        "title": "Stress, Schlaf und Trinken",
        "summary": "Beständige Gewohnheiten, die die Wahrscheinlichkeit von Migräneattacken und Schüben einer Autoimmunerkrankung senken können: Stress mit Meditation, Yoga und Atmung abbauen, regelmäßig schlafen und genug trinken.",
        "body": """\
Medikamente sind wichtig, aber auch alltägliche Gewohnheiten können einen echten Unterschied
machen. In einer großen Studie mit Menschen mit Migräne war Stress der am häufigsten
genannte Auslöser, und auch schlechter Schlaf und ausgelassene Mahlzeiten wurden oft
genannt. Viele Menschen mit Autoimmunerkrankungen berichten ebenfalls von Stress vor ihren
Schüben. Keine dieser Gewohnheiten ist eine Heilung, und niemand hält sie perfekt ein.
Kleine, beständige Veränderungen halten meist länger als große.

## Stress

Stress ist die Reaktion des Körpers auf Druck. In kurzen Phasen ist er normal. Hält er lange
an, können Stresshormone und Botenstoffe des Immunsystems erhöht bleiben. Das kann zur
Entzündung beitragen und das Gehirn empfindlicher für Migräneauslöser machen.

Manche Menschen bekommen Attacken gerade *nachdem* eine stressige Zeit zu Ende ist, zum
Beispiel am ersten Urlaubstag. Dieses Muster der „Entspannung danach“ ist häufig. Deshalb
kann es helfen, in geschäftigen wie in ruhigen Zeiten einen gleichmäßigen Tagesablauf
beizubehalten.

Wege zum Stressabbau, für die es bei Migräne einige Belege gibt und die Kopfschmerzfachleute
zu den nichtmedikamentösen Behandlungen zählen, die sie empfehlen:

- **Meditation und Achtsamkeit.** Sitzen Sie zehn Minuten ruhig und lenken Sie Ihre
  Aufmerksamkeit jedes Mal, wenn sie abschweift, sanft zurück zu Ihrem Atem oder zu den
  Geräuschen um Sie herum. Angeleitete Aufnahmen können Ihnen den Einstieg erleichtern.
- **Yoga.** Sanfte Dehnungen und Haltungen mit langsamer Atmung. Erzählen Sie der Lehrkraft
  von schmerzenden oder geschwollenen Gelenken, damit sie Anpassungen vorschlagen kann.
- **Atemübungen.** Atmen Sie durch die Nase ein und zählen Sie dabei bis vier, dann langsam
  aus und zählen Sie bis sechs. Wiederholen Sie das einige Minuten lang.
- **Sanfte Bewegung**, etwa Spazierengehen oder Schwimmen, in einem Tempo, das Ihre Gelenke
  und Ihre Kräfte zulassen.
- **Reden.** Eine Freundin oder ein Freund, eine Selbsthilfegruppe oder eine Psychologin
  oder ein Psychologe mit Ausbildung in Verfahren wie der kognitiven Verhaltenstherapie
  (KVT) kann Ihnen helfen, besser zurechtzukommen.

## Schlaf

Sowohl zu wenig als auch zu viel Schlaf kann Migräne auslösen. Schlechter Schlaf kann
außerdem Schmerzen, Müdigkeit und Schübe schlimmer wirken lassen.

- Gehen Sie jeden Tag ungefähr zur gleichen Zeit ins Bett und stehen Sie zur gleichen Zeit
  auf, auch am Wochenende.
- Halten Sie das Schlafzimmer dunkel, kühl und ruhig.
- Nehmen Sie nach Mittag weniger Koffein zu sich und nutzen Sie in der letzten Stunde vor
  dem Schlafengehen seltener Bildschirme.
- Wenn Schmerzen, Trockenheit oder Toilettengänge Sie immer wieder wecken, sagen Sie es
  Ihrer Ärztin oder Ihrem Arzt. Für die Ursache gibt es vielleicht Hilfe.

## Trinken

Zu wenig zu trinken ist ein häufiger und leicht übersehener Migräneauslöser. Manche
Medikamente, heißes Wetter, Sport und Erkrankungen wie das Sjögren-Syndrom machen es
leichter, dass dem Körper Flüssigkeit fehlt.

- Halten Sie eine Flasche Wasser in Reichweite und trinken Sie über den Tag verteilt in
  kleinen Schlucken.
- Trinken Sie bei heißem Wetter oder wenn Sie aktiv sind mehr.
- Hellgelber Urin ist ein grobes Zeichen dafür, dass Sie genug trinken.

Wenn Sie Nieren- oder Herzprobleme haben, fragen Sie Ihre Ärztin oder Ihren Arzt, wie viel
Flüssigkeit für Sie richtig ist.

## Festhalten

Ihr täglicher Eintrag in Overlap erfasst Ihre Schlafstunden, Ihren Stress von 0 bis 10 und
Ihre Trinkmenge. Nach einigen Wochen können die Auswertungen zeigen, ob Tage mit kurzem
Schlaf oder viel Stress Ihren Attacken eher vorausgehen. Sie zeigen Zusammenhänge, keine
Beweise, können aber nahelegen, wo Sie ansetzen können.
""",
    },
    "food-and-inflammation": {
        "title": "Ernährung, Auslöser und Entzündung",
        "summary": "Wie Sie bei Migräne und Autoimmunerkrankung mit dem Essen umgehen können: Ihre eigenen bekannten Auslöser meiden, etwa Gluten bei Zöliakie, und so essen, dass Entzündungen eher niedrig bleiben.",
        "body": """\
Keine einzelne Ernährungsform behandelt Migräne oder Autoimmunerkrankungen. Aber was und
wann Sie essen, kann beides beeinflussen. Diese Seite behandelt zwei Gedanken: Ihre eigenen
bekannten Auslöser zu meiden und so zu essen, dass Entzündungen eher niedrig bleiben.

## Bekannte Auslöser

Ein *Auslöser* ist etwas, das bei einem bestimmten Menschen eine Attacke oder einen Schub
wahrscheinlicher macht. Auslöser sind von Mensch zu Mensch verschieden, und ein einzelner
Auslöser reicht allein vielleicht nicht aus. Oft braucht es mehrere zusammen, etwa
schlechten Schlaf plus eine ausgelassene Mahlzeit plus Stress.

Zu den Auslösern rund ums Essen, die Menschen oft nennen, gehören:

- **ausgelassene oder verspätete Mahlzeiten**, einer der häufigsten,
- Alkohol, besonders Rotwein,
- zu viel Koffein oder plötzlicher Verzicht darauf,
- **Gluten** bei Menschen mit Zöliakie. Es ist in Weizen, Gerste und Roggen enthalten.

Wenn Sie Zöliakie haben, ist es unerlässlich, Gluten vollständig zu meiden. Das beruhigt die
Immunreaktion im Darm, und manche Menschen stellen fest, dass sie auch weniger
Migräneattacken haben. Mehr dazu lesen Sie unter *Zöliakie und Migräne*.

### Lassen Sie nicht zu viel weg

Es ist verlockend, viele Lebensmittel auf einmal wegzulassen. Das kann das Essen aber
stressig machen und zu einem Mangel an Nährstoffen führen. Solange Sie keine bestätigte
Erkrankung wie Zöliakie haben, ist es besser, einen vermuteten Auslöser nach dem anderen zu
testen. Machen Sie sich Notizen in Overlap und sehen Sie sich das Muster dann mit Ihrer
Ärztin oder Ihrem Arzt oder einer Ernährungsfachkraft an.

## Essen, um Entzündungen niedrig zu halten

Manche Ernährungsweisen scheinen dazu beizutragen, Entzündungen niedriger zu halten, auch
wenn die Belege, dass sie Migräne oder Schübe von Autoimmunerkrankungen verändern, noch
begrenzt sind. Die Mittelmeerküche ist am besten untersucht. Dazu gehören:

- reichlich **Obst und Gemüse** in vielen Farben,
- Vollkornprodukte (glutenfreie, wenn Sie Zöliakie haben), Bohnen und Linsen,
- Nüsse, Samen und Olivenöl,
- fetter Fisch wie Lachs, Sardinen oder Makrele, der reich an **Omega-3**-Fettsäuren ist,
  etwa zweimal pro Woche,
- weniger verarbeitetes Fleisch, weniger zuckerhaltige Getränke und weniger stark
  verarbeitete Lebensmittel.

Omega-3-Fettsäuren wirken vermutlich entzündungsberuhigend. Pflanzliche Quellen sind
Walnüsse, Leinsamen und Chiasamen. Manche Menschen nehmen Fischölkapseln. Klären Sie das
vorher mit Ihrer Ärztin oder Ihrem Arzt, besonders wenn Sie blutverdünnende Medikamente
einnehmen.

Diese Ernährungsweise ist auch gut für das Herz. Das ist wichtig, weil mehrere
Autoimmunerkrankungen das Risiko für Herzerkrankungen erhöhen.

## Regelmäßige Mahlzeiten

Zu regelmäßigen Zeiten zu essen, hält den Blutzucker stabil, was helfen kann, Attacken
vorzubeugen. Wenn Ihnen die Morgen wegen Steifigkeit oder Übelkeit schwerfallen, halten Sie
etwas Einfaches bereit, etwa Joghurt, Obst oder einen glutenfreien Müsliriegel.

## Sprechen Sie mit einer Fachkraft

Eine qualifizierte Ernährungsfachkraft kann Ihnen helfen, Mahlzeiten zu planen, die zu
beiden Erkrankungen passen. Sie kann dabei Allergien berücksichtigen, Medikamente wie
Kortison, die Appetit und Blutzucker beeinflussen, und Ihre eigenen Ziele.
""",
    },
    "using-your-diary": {
        "title": "Mit Ihrem Tagebuch Muster erkennen",
        "summary": "Wie Sie das Tagebuch, den täglichen Eintrag und den Zeitverlauf in Overlap nutzen, um zu sehen, wie Ihre Migräneattacken und Schübe zusammenhängen, und wie Sie die Auswertungen mit Bedacht lesen.",
        "body": """\
Das Gedächtnis ist kein gutes Protokoll für Schmerzen. Nach ein paar Wochen können die
meisten von uns nicht mehr sagen, wie viele schlechte Tage wir hatten oder was ihnen
vorausging. Ein Tagebuch schließt diese Lücke. Overlap ist dafür gemacht, Migräne und
Autoimmunerkrankung an einem Ort festzuhalten, damit Sie sehen können, wie sich beide
gemeinsam entwickeln.

## Was Sie festhalten können

- **Migräneattacken.** Wann die Attacke begann und endete, wie stark sie auf ihrem Höhepunkt
  war (0 bis 10), ob Sie eine Aura hatten, andere Beschwerden, wie sehr sie Sie im Alltag
  eingeschränkt hat und welche Auslöser Sie vermuten. Wenn eine Attacke noch andauert,
  können Sie sie später beenden.
- **Schübe.** Welche Erkrankung einen Schub hatte, wann der Schub begann und endete, wie
  schwer er war und welche Beschwerden Sie hatten.
- **Medikamente und Dosen.** Tragen Sie Ihre Medikamente einmal ein und halten Sie dann jede
  Dosis fest, wenn Sie sie einnehmen, auch Schmerzmittel gegen Gelenkschmerzen.
- **Täglicher Eintrag.** Eine kurze Notiz zu Ihren Schlafstunden, Stress, Trinkmenge,
  Gluten, Erschöpfung und Gelenkschmerzen. Wenn Sie möchten, können Sie auch Ihre Periode
  festhalten.

Sie müssen nicht alles ausfüllen. Kurze, regelmäßige Einträge sind nützlicher als lange
Einträge ab und zu.

## Ihren Zeitverlauf lesen

Der Zeitverlauf zeigt Attacken, Schübe, Dosen und tägliche Einträge nebeneinander. Achten
Sie auf:

- Migränetage, die sich um Schübe herum häufen,
- Attacken, die auf kurze Nächte, stressige Tage, Gluten oder Ihre Periode folgen,
- wie oft Sie Medikamente gegen Attacken einnehmen.

Overlap zählt **Migränetage**. Ein Tag zählt, wenn zu irgendeinem Zeitpunkt an diesem Tag,
in Ihrer eigenen Zeitzone, eine Attacke bestand. Eine Attacke von Montagnacht bis
Mittwochmorgen zählt also als drei Tage. Monatliche Zahlen werden auf je 30 Tage
umgerechnet.

## Auswertungen

Sobald Sie genug Einträge haben, berechnet Overlap einige Zahlen für Sie.

- **Migränetage während Schüben im Vergleich zu anderen Zeiten.** Jeder Schub kann um einige
  Tage davor und danach erweitert werden, weil Attacken kurz vor oder nach ihm auftreten
  können. Sie wählen, um wie viele Tage.
- **Zeitlicher Verlauf um Schübe herum.** Wie oft ein Migränetag auf jeden einzelnen Tag
  fällt, von zwei Wochen vor Beginn eines Schubs bis zwei Wochen danach.
- **Mögliche Auslöser.** Ob Migränetage an oder kurz nach Tagen mit kurzem Schlaf, viel
  Stress, Gluten, Ihrer Periode oder zu wenig Trinken wahrscheinlicher sind.

Wenn zu wenige Daten vorliegen, sagt Overlap das, statt eine Zahl zu zeigen, die Sie in die
Irre führen könnte. Jedes Ergebnis hat einen Bereich. Ein breiter Bereich bedeutet, dass die
Antwort noch unsicher ist.

> Ein Zusammenhang ist nicht dasselbe wie eine Ursache. Wenn Attacken oft auf schlechten
> Schlaf folgen, könnte beides eine andere Ursache haben, etwa nächtliche Schmerzen. Nutzen
> Sie die Auswertungen, um ein Gespräch mit Ihrer Ärztin oder Ihrem Arzt zu beginnen, nicht
> um allein einen Schluss zu ziehen.

## Hinweise und Warnungen

Overlap zeigt Ihnen möglicherweise einen ruhigen Hinweis, wenn Ihre Tage mit Medikamenten
gegen Attacken oder mit Schmerzmitteln sich den Werten nähern, die mit einem Kopfschmerz
durch Medikamentenübergebrauch in Verbindung stehen. Ein Hinweis kann auch erscheinen, wenn
Ihre Kopfschmerztage dem Muster einer chronischen Migräne entsprechen oder wenn Sie ein
Triptan eintragen, während Sie eine Erkrankung haben, die die Blutgefäße betrifft. Hinweise
blockieren nie etwas. Sie schlagen etwas vor, das Sie mit Ihrer Ärztin oder Ihrem Arzt
ansprechen können, und jeder verweist auf eine Seite, die es erklärt: *Kopfschmerz durch
Medikamentenübergebrauch erklärt*, *Chronische Migräne erklärt* und *Medikamente, die
besondere Vorsicht erfordern*.

Zwei Zahlen zu Medikamenten können ähnlich aussehen, beantworten aber verschiedene Fragen.
*Tage mit einem Medikament gegen eine Attacke* sind die Tage, an denen Sie etwas gegen
Kopfschmerzen oder Migräne eingenommen haben. *Tage, die zum Übergebrauch zählen*, richten
sich nach der Art des Medikaments, unabhängig vom Grund: Ibuprofen für Ihre Gelenke zählt
dort, ein Gepant gegen eine Attacke dagegen nur in der ersten Zahl.

## Teilen

Sie können einer behandelnden Fachperson eine Ansicht Ihres Zeitverlaufs, die nur gelesen
werden kann, und einen druckbaren Bericht freigeben und das Teilen jederzeit beenden. Sie
können auch sehen, wer Ihre Daten angesehen hat, und alle Ihre Daten herunterladen oder
löschen.
""",
    },
    "working-with-your-care-team": {
        "title": "Zusammenarbeit mit Ihrem Behandlungsteam",
        "summary": "Warum eine gemeinsame Betreuung durch Neurologie und Rheumatologie wichtig ist, was regelmäßige Kontrollen umfassen, wie Sie das Beste aus Ihren Terminen machen und bei welchen Kopfschmerzen Sie schnell Hilfe brauchen.",
        "body": """\
Bei Migräne und einer Autoimmunerkrankung können mehrere Fachleute an Ihrer Behandlung
beteiligt sein. Dazu gehören vielleicht Ihre Hausärztin oder Ihr Hausarzt, eine Neurologin
oder ein Neurologe (Fachärzte für Gehirn und Nerven), eine Rheumatologin oder ein
Rheumatologe (Fachärzte für Gelenke und Erkrankungen des Immunsystems) und vielleicht
Pflegekräfte, Apothekerinnen und Apotheker, Ernährungsfachkräfte oder Therapeutinnen und
Therapeuten. Jede dieser Personen sieht einen Teil des Gesamtbilds. Die Behandlung gelingt
am besten, wenn sie ihr Wissen teilen.

## Warum eine gemeinsame Betreuung wichtig ist

- **Behandlungen beeinflussen sich gegenseitig.** Ein Triptan, das für einen Menschen gut
  geeignet ist, passt vielleicht nicht für jemanden mit Vaskulitis. Schmerzmittel für die
  Gelenke können Kopfschmerzen verstärken. Kortison, das bei einem Schub gegeben wird, kann
  Schlaf und Stimmung beeinflussen.
- **Beschwerden überschneiden sich.** Erschöpfung, Gehirnnebel und Kopfschmerzen können von
  beiden Erkrankungen kommen. Wenn beide zusammen betrachtet werden, wird seltener etwas
  übersehen oder dasselbe Problem doppelt behandelt.
- **Ein Plan ist leichter einzuhalten** als zwei Pläne, die nicht zusammenpassen.

Sie können dazu beitragen, indem Sie eine aktuelle Liste all Ihrer Medikamente führen, auch
derer, die Sie selbst kaufen, und aller Nahrungsergänzungsmittel. Sie können auch alle
Ärztinnen und Ärzte bitten, Kopien ihrer Arztbriefe an die anderen zu schicken.

## Regelmäßige Kontrollen

Kontrollen bedeuten, regelmäßig nachzusehen, auch wenn alles ruhig scheint. Je nach Ihren
Erkrankungen und Medikamenten können dazu gehören:

- Blutuntersuchungen bei Medikamenten wie Methotrexat und zur Kontrolle von Entzündung,
  Nieren und Leber,
- Blutdruckmessungen und ein Blick auf die Gesundheit von Herz und Blutgefäßen,
- ein Überblick über Ihre Migränetage und wie oft Sie Medikamente gegen Attacken einnehmen,
- Untersuchungen der Augen oder Nerven.

## Das Beste aus einem Termin machen

- Sehen Sie sich vorher Ihren Zeitverlauf in Overlap an oder drucken Sie einen Bericht für
  die Zeit seit Ihrem letzten Besuch aus.
- Schreiben Sie Ihre drei wichtigsten Fragen auf.
- Erwähnen Sie jede Veränderung Ihres üblichen Kopfschmerzmusters.
- Fragen Sie, was Sie tun sollen, wenn es schlimmer wird, und an wen Sie sich wenden können.

Sie können Ihre Daten in Overlap mit einer behandelnden Fachperson teilen, wenn Sie möchten,
und das Teilen jederzeit beenden.

## Wann Sie schnell Hilfe brauchen

Die meisten Kopfschmerzen sind kein Zeichen für etwas Ernstes. Manche erfordern aber eine
rasche Behandlung. Ärztinnen und Ärzte nutzen Checklisten mit Warnzeichen, um Kopfschmerzen
zu erkennen, die eine andere Ursache haben könnten; eine weit verbreitete Liste heißt
SNNOOP10. Die folgenden Zeichen orientieren sich an einer solchen Liste.

**Rufen Sie den Notruf**, wenn ein Kopfschmerz:

- plötzlich einsetzt und innerhalb von etwa einer Minute seinen Höhepunkt erreicht,
- mit Schwäche, Taubheit, einem herabhängenden Gesicht, verwaschener Sprache oder
  Verwirrtheit einhergeht,
- nach einer Kopfverletzung auftritt oder mit einem Krampfanfall oder einer Ohnmacht
  einhergeht.

**Holen Sie noch am selben Tag ärztlichen Rat ein**, wenn:

- Sie Kopfschmerzen mit Fieber, einem steifen Nacken oder einem Hautausschlag haben,
  besonders wenn Sie Medikamente einnehmen, die das Immunsystem beruhigen,
- Sie schwanger sind oder in den letzten Wochen ein Kind bekommen haben und neue oder
  ungewöhnliche Kopfschmerzen haben, besonders mit Sehstörungen, Schwellungen oder hohem
  Blutdruck,
- sich Ihr Kopfschmerz mit der Körperlage verändert: viel schlimmer, wenn Sie stehen oder
  sich aufsetzen, und besser, wenn Sie liegen, oder umgekehrt,
- Sie über 50 sind und dies eine neue Art von Kopfschmerz für Sie ist, besonders mit einer
  empfindlichen Kopfhaut, Kieferschmerzen beim Kauen oder Sehstörungen,
- Ihre Aura anders ist als sonst, länger als eine Stunde dauert oder mit einer Schwäche
  einer Körperseite einhergeht.

**Vereinbaren Sie bald einen Termin**, wenn:

- Ihr Kopfschmerz neu und anders ist und über Tage oder Wochen stetig schlimmer wird,
- Kopfschmerzen durch Husten, Niesen, Pressen oder körperliche Anstrengung ausgelöst werden,
- Sie eine Krebserkrankung hatten oder eine Erkrankung oder Behandlung haben, die das
  Immunsystem schwächt, und neue Kopfschmerzen bekommen,
- Sie an mehr Tagen Schmerzmittel oder Migränemedikamente einnehmen als nicht.

Wenn Sie unsicher sind, dürfen Sie jederzeit nachfragen.
""",
    },
}
