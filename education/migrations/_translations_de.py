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

Wenn Sie Ihre Periode haben, können Sie sie in Overlap festhalten, wenn Sie möchten. Über
einige Monate kann das zeigen, ob Ihre Attacken oder Schübe Ihrem Zyklus folgen.

> Wenn Sie Migräne mit Aura oder Antiphospholipid-Antikörper haben, sprechen Sie mit Ihrer
> Ärztin oder Ihrem Arzt, bevor Sie ein östrogenhaltiges Medikament beginnen, auch manche
> Antibabypillen. Methoden nur mit Gestagen oder ohne Hormone sind oft stattdessen geeignet.
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
[ichd-3.org](https://ichd-3.org/) nachlesen. In einfachen Worten gilt für eine typische
Attacke:

- Sie dauert unbehandelt 4 Stunden bis 3 Tage,
- sie ist oft auf einer Seite des Kopfes und ist pochend oder pulsierend,
- sie ist mittelstark oder stark und wird bei alltäglicher Aktivität wie Treppensteigen
  schlimmer,
- sie geht mit Übelkeit oder Erbrechen einher oder damit, dass Licht und Geräusche zu viel
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
}
