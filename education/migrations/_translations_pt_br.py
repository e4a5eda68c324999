"""The education pages in Brazilian Portuguese, frozen for migration 0011_seed_page_translations,
which must load exactly this text however the pages change later. Not a migration itself:
the loader skips modules whose name starts with "_".

PAGES maps a page's slug to its title, summary and body (Markdown) in Brazilian Portuguese,
translated from the English text of the clinical review of 30 November 2026
(_content_0007.py); the reader is addressed as "você".
"""

import datetime

REVIEWED_ON = datetime.date(2026, 12, 1)

PAGES: dict[str, dict[str, str]] = {
    "how-migraine-and-autoimmune-disease-connect": {
        "title": "Como a enxaqueca e as doenças autoimunes se relacionam",
        "summary": (
            "Por que a enxaqueca aparece com mais frequência em pessoas com lúpus, artrite "
            "reumatoide, esclerose múltipla e outras doenças autoimunes, e o que essas "
            "ligações significam no dia a dia."
        ),
        "body": """\
Viver com enxaqueca e uma doença autoimune pode parecer lidar com dois problemas
separados. Cada vez mais, os pesquisadores veem as duas como vizinhas que talvez dividam
parte do mesmo terreno. Esta página mostra o quadro geral. As páginas seguintes olham cada
ligação com mais detalhes, incluindo o quanto já se sabe e o quanto ainda é uma boa
suposição.

## Dois tipos de doença

A **enxaqueca** é uma doença comum do cérebro e dos nervos. Ela causa crises de dor de
cabeça, muitas vezes com enjoo e um forte incômodo com a luz e o barulho. Algumas pessoas
também têm uma *aura*: alterações passageiras, geralmente na visão, antes ou durante a dor
de cabeça.

Uma **doença autoimune** é aquela em que o sistema imunológico, a defesa do corpo contra
germes, confunde partes saudáveis do corpo com uma ameaça e as ataca. Lúpus, artrite
reumatoide, esclerose múltipla (EM), síndrome de Sjögren e doença celíaca são exemplos.

## Elas costumam aparecer juntas

Os médicos usam a palavra *comorbidade* quando duas doenças aparecem na mesma pessoa com
mais frequência do que o acaso explicaria. Estudos mostraram que a enxaqueca é mais comum
em pessoas com lúpus, artrite reumatoide e EM do que na população em geral. A síndrome de
Sjögren e a doença celíaca mostram um padrão parecido.

Isso não quer dizer que uma doença cause a outra. Sugere que elas talvez compartilhem
algumas de suas causas, ou alguns dos modos como agem no corpo. Boa parte das evidências
vem de estudos que comparam grandes grupos, então elas mostram ligações, não provas.

## Cinco ligações possíveis

- **Inflamação.** As doenças autoimunes envolvem uma inflamação duradoura: a resposta de
  alarme e reparo do corpo, que fica ligada. A enxaqueca não é uma doença inflamatória da
  mesma forma, mas um tipo de inflamação que parte dos nervos parece ter um papel nas
  crises.
- **Sinais do sistema imunológico.** Proteínas mensageiras do sistema imunológico, e
  anticorpos voltados contra o próprio corpo, podem afetar, em algumas pessoas, os nervos
  envolvidos na enxaqueca.
- **Genes.** As duas costumam se repetir na mesma família. Ainda se estuda se alguns genes
  aumentam a chance de ter as duas, e as evidências até agora são limitadas.
- **Vasos sanguíneos.** Várias doenças autoimunes podem inflamar os vasos sanguíneos, e a
  enxaqueca, principalmente com aura, envolve mudanças no comportamento dos vasos.
- **Hormônios.** As duas são mais comuns em mulheres. Mudanças no estrogênio são um
  gatilho conhecido das crises de enxaqueca, e algumas pessoas percebem que os sintomas
  autoimunes também mudam com o ciclo menstrual.

## O que isso significa para você

Conhecer essa sobreposição pode ajudar de formas práticas.

- **Pode ficar mais fácil perceber padrões.** Algumas pessoas notam que as crises se
  concentram perto dos surtos, ou que as mesmas coisas, como dormir mal, estresse ou pular
  uma refeição, desencadeiam as duas.
- **O tratamento pode levar as duas doenças em conta.** Alguns remédios para enxaqueca
  pedem cuidado extra quando os vasos sanguíneos estão envolvidos. Alguns analgésicos para
  as articulações podem piorar as dores de cabeça se forem tomados com frequência.
- **Sua equipe de saúde pode trabalhar em conjunto.** Um neurologista (médico do cérebro e
  dos nervos) e um reumatologista (médico das articulações e do sistema imunológico) veem,
  cada um, uma parte do quadro.

> O Overlap ajuda você a registrar as duas doenças lado a lado, para que você e seus
> profissionais de saúde possam ver como elas andam juntas. Ele não pode dizer o que está
> causando seus sintomas. Só um profissional de saúde que conhece você pode fazer isso.

## Para onde ir agora

Leia *Inflamação e sinais do sistema imunológico* e *Genes, hormônios e vasos sanguíneos*
para entender a ciência. As páginas sobre as doenças tratam de lúpus, EM, artrite
reumatoide, síndrome de Sjögren e doença celíaca, uma por uma. As páginas sobre como lidar
com as duas descrevem o que costuma ajudar.
""",
    },
}
