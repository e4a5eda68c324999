"""Brazilian Portuguese translations of Overlap's education pages, frozen for migration
0011_seed_page_translations. Translated from the English text of education/migrations/_content_0007.py.
Not a migration itself: the loader skips modules whose name starts with "_"."""

import datetime

REVIEWED_ON = datetime.date(2026, 12, 1)

PAGES: dict[str, dict[str, str]] = {
    "how-migraine-and-autoimmune-disease-connect": {
        "title": "Como a enxaqueca e as doenças autoimunes se relacionam",
        "summary": "Por que a enxaqueca aparece com mais frequência em pessoas com lúpus, artrite reumatoide, esclerose múltipla e outras doenças autoimunes, e o que essas ligações significam no dia a dia.",
        "body": """Conviver com enxaqueca e uma doença autoimune pode parecer lidar com dois problemas
separados. Cada vez mais, os pesquisadores veem as duas como vizinhas que podem compartilhar
parte do mesmo terreno. Esta página apresenta o panorama geral. As páginas seguintes
examinam cada ligação com mais detalhes, incluindo o quanto já se sabe e o quanto ainda é
uma boa hipótese.

## Dois tipos de doença

A **enxaqueca** é uma doença comum do cérebro e dos nervos. Ela causa crises de dor de
cabeça, muitas vezes com enjoo e um forte incômodo com a luz e o barulho. Algumas pessoas
também têm *aura*: alterações passageiras, geralmente na visão, antes ou durante a dor de
cabeça.

Uma **doença autoimune** é aquela em que o sistema imunológico, a defesa do corpo contra
germes, confunde partes saudáveis do corpo com uma ameaça e as ataca. Lúpus, artrite
reumatoide, esclerose múltipla (EM), síndrome de Sjögren e doença celíaca são exemplos.

## Elas costumam aparecer juntas

Os médicos usam a palavra *comorbidade* quando duas doenças aparecem na mesma pessoa com
mais frequência do que o acaso explicaria. Estudos mostraram que a enxaqueca é mais comum em
pessoas com lúpus, artrite reumatoide e EM do que na população em geral. A síndrome de
Sjögren e a doença celíaca mostram um padrão parecido.

Isso não significa que uma doença cause a outra. Sugere que elas podem ter algumas causas em
comum, ou algumas formas de agir no corpo. Grande parte das evidências vem de estudos que
comparam grandes grupos, por isso elas mostram associações, e não provas.

## Cinco ligações possíveis

- **Inflamação.** As doenças autoimunes envolvem uma inflamação duradoura: a resposta de
  alarme e reparo do corpo, que fica ligada. A enxaqueca não é uma doença inflamatória da
  mesma forma, mas um tipo de inflamação provocada pelos nervos parece ter um papel nas
  crises.
- **Sinais do sistema imunológico.** Proteínas mensageiras do sistema imunológico, e
  anticorpos dirigidos contra o próprio corpo, podem afetar os nervos envolvidos na
  enxaqueca em algumas pessoas.
- **Genes.** As duas doenças costumam se repetir na mesma família. Ainda se estuda se algum
  gene aumenta a chance de ter as duas, e as evidências até agora são limitadas.
- **Vasos sanguíneos.** Várias doenças autoimunes podem inflamar os vasos sanguíneos, e a
  enxaqueca, principalmente com aura, envolve mudanças no comportamento dos vasos.
- **Hormônios.** As duas são mais comuns em mulheres. Mudanças no estrogênio são um gatilho
  bem conhecido de crises de enxaqueca, e algumas pessoas percebem que os sintomas
  autoimunes também mudam com o ciclo menstrual.

## O que isso significa para você

Conhecer essa sobreposição pode ajudar de formas práticas.

- **Pode ser mais fácil perceber padrões.** Algumas pessoas notam que as crises se
  concentram perto dos surtos, ou que as mesmas coisas, como dormir mal, estresse ou pular
  uma refeição, desencadeiam as duas.
- **O tratamento pode levar as duas doenças em conta.** Alguns remédios para enxaqueca
  exigem cuidado extra quando os vasos sanguíneos estão envolvidos. Alguns analgésicos para
  as articulações podem aumentar as dores de cabeça se forem tomados com frequência.
- **Sua equipe de saúde pode trabalhar em conjunto.** Um neurologista (médico do cérebro e
  dos nervos) e um reumatologista (médico das articulações e do sistema imunológico) veem,
  cada um, uma parte do quadro.

> O Overlap ajuda você a registrar as duas doenças lado a lado, para que você e seus
> profissionais de saúde possam ver como elas variam juntas. Ele não pode dizer o que está
> causando seus sintomas. Só um profissional de saúde que conhece você pode fazer isso.

## Para onde ir agora

Leia *Inflamação e sinais do sistema imunológico* e *Genes, hormônios e vasos sanguíneos*
para entender a ciência. As páginas sobre as doenças tratam do lúpus, da EM, da artrite
reumatoide, da síndrome de Sjögren e da doença celíaca, uma de cada vez. As páginas sobre o
cuidado no dia a dia descrevem o que costuma ajudar.
""",
    },
    "inflammation-and-immune-signals": {
        "title": "Inflamação e sinais do sistema imunológico",
        "summary": "Como a inflamação duradoura, mensageiros do sistema imunológico como o TNF-alfa e a IL-6, e os autoanticorpos podem ligar as doenças autoimunes à enxaqueca.",
        "body": """A inflamação é a forma que o corpo tem de lidar com um dano. Quando você corta o dedo, a
pele em volta fica vermelha, quente e inchada enquanto o sistema imunológico limpa e repara
a área. Esse tipo de inflamação é curto e útil. Ele se desliga quando o trabalho termina.

## Quando a inflamação não se desliga

Na doença autoimune, o sistema imunológico continua reagindo contra os tecidos do próprio
corpo. O resultado é uma inflamação *crônica*, ou seja, que dura meses ou anos. Ela costuma
aumentar durante os surtos e diminuir entre eles. Dependendo da doença, pode afetar
articulações, pele, glândulas, nervos, intestino ou vasos sanguíneos.

A enxaqueca não é uma doença autoimune, e a maioria dos pesquisadores também não a chama de
doença inflamatória. Mas algo parecido com uma inflamação parece acontecer durante uma
crise. Nervos ao redor do cérebro liberam substâncias que dilatam os vasos sanguíneos
próximos e deixam o tecido em volta mais sensível. Os cientistas chamam isso de *inflamação
neurogênica*, ou seja, uma inflamação iniciada pelos nervos. Uma das principais substâncias
envolvidas é o CGRP, o alvo de vários remédios mais novos para enxaqueca.

Assim, as duas doenças podem ter um fio em comum: uma resposta inflamatória mais ativa do
que deveria. Ainda não se sabe o quanto esse fio é forte, nem o quanto ele importa para cada
pessoa.

## Citocinas: os mensageiros do sistema imunológico

As células do sistema imunológico se comunicam usando pequenas proteínas chamadas
**citocinas**. Algumas delas aumentam a inflamação. Duas que os pesquisadores medem com
frequência são:

- **TNF-alfa** (fator de necrose tumoral alfa), um dos principais motores da inflamação na
  artrite reumatoide e em várias outras doenças autoimunes.
- **IL-6** (interleucina 6), que espalha o sinal inflamatório pelo corpo. Ela é um dos
  motivos pelos quais marcadores como a PCR (proteína C-reativa) sobem nos exames de sangue.

Estudos encontraram níveis mais altos dessas citocinas em pessoas com doença autoimune, e
também em algumas pessoas com enxaqueca, principalmente perto das crises. As citocinas podem
deixar os nervos da dor mais fáceis de ativar, o que pode ser um dos motivos pelos quais
inflamação e dor de cabeça costumam andar juntas. Alguns dos medicamentos biológicos usados
nas doenças autoimunes funcionam bloqueando o TNF-alfa ou a IL-6.

## Autoanticorpos

Anticorpos são proteínas que normalmente se prendem aos germes para que o sistema
imunológico possa eliminá-los. **Autoanticorpos** são anticorpos que se prendem, por engano,
aos tecidos do próprio corpo. Exames de sangue que os detectam ajudam os médicos a
diagnosticar doenças como o lúpus e a síndrome de Sjögren.

Alguns autoanticorpos podem afetar o sistema nervoso, ou os vasos sanguíneos que o irrigam.
Em algumas pessoas, isso pode contribuir para dores de cabeça ou outros sintomas do cérebro
e dos nervos. Ter autoanticorpos não significa, por si só, que você terá esses problemas.

## O que ainda não se sabe

Muito disso vem de estudos que comparam grupos de pessoas. Eles mostram associações, não
provas de causa. Os cientistas ainda não sabem o quanto a inflamação contribui para a
enxaqueca de cada pessoa. É por isso que cada doença continua sendo tratada por si só,
sempre levando a sobreposição em conta.

Se você quiser saber se a inflamação pode ter um papel nas suas dores de cabeça, seu
profissional de saúde pode revisar com você o seu histórico e os resultados dos seus exames.
""",
    },
    "genes-hormones-and-blood-vessels": {
        "title": "Genes, hormônios e vasos sanguíneos",
        "summary": "Mais três ligações entre a enxaqueca e as doenças autoimunes: tendências herdadas, vasos sanguíneos e vasculite, e o efeito do estrogênio e do ciclo menstrual.",
        "body": """A inflamação não é a única coisa que a enxaqueca e as doenças autoimunes podem ter em comum.
Esta página examina mais três ligações possíveis: os genes que herdamos, os vasos sanguíneos
e os hormônios.

## Genes: uma tendência familiar

A enxaqueca costuma se repetir na mesma família. O mesmo acontece com muitas doenças
autoimunes. Se o pai ou a mãe tem enxaqueca, os filhos têm mais chance de ter também, e o
mesmo vale para muitas doenças autoimunes.

Grandes estudos genéticos encontraram mais de cem pontos no nosso DNA que aumentam, cada um,
um pouco o risco de enxaqueca. Muitos deles atuam nos nervos e nos vasos sanguíneos. Alguns
pesquisadores acham que alguns genes ligados ao controle do sistema imunológico podem ter
importância tanto para a enxaqueca quanto para as doenças autoimunes, mas isso não foi
demonstrado com clareza, e as evidências até agora são limitadas. O que está claro é que o
risco herdado é uma *tendência*, não uma certeza. Muitas pessoas que têm esses genes nunca
desenvolvem nenhuma das duas doenças. Hormônios, infecções, estilo de vida e o acaso também
têm um papel.

## Vasos sanguíneos

Os vasos sanguíneos levam oxigênio e nutrientes a todas as partes do corpo, inclusive ao
cérebro. Algumas doenças autoimunes podem inflamar as paredes dos vasos sanguíneos. Isso se
chama **vasculite**. Ela pode acontecer no lúpus, raramente na artrite reumatoide que está
ativa há muito tempo, e em doenças em que a vasculite é o problema principal.

A enxaqueca também envolve os vasos sanguíneos, embora hoje os cientistas pensem que são os
nervos, e não os vasos, que iniciam uma crise. Na **enxaqueca com aura**, uma onda lenta de
alteração da atividade dos nervos se espalha pela superfície do cérebro, e o fluxo de sangue
muda junto com ela. Essa onda causa sintomas de aura, como linhas em ziguezague ou um ponto
cego.

## Dois tipos de coágulo

Vale a pena separar dois tipos de coágulo, porque coisas diferentes aumentam o risco de cada
um.

- **Coágulos nas artérias**, os vasos que levam o sangue do coração para o resto do corpo,
  podem causar um infarto ou um AVC. A enxaqueca com aura está ligada a um pequeno aumento
  no risco desse tipo de AVC, e o risco é maior em quem fuma ou toma medicamentos que contêm
  estrogênio. Os medicamentos que estreitam os vasos sanguíneos, como os triptanos, importam
  mais aqui.
- **Coágulos nas veias**, como uma trombose venosa profunda na perna, ou um coágulo que vai
  para os pulmões, ficam mais prováveis com medicamentos que contêm estrogênio, gravidez,
  cirurgia e longos períodos sem se movimentar. Não há indicação de que os triptanos
  aumentem esse tipo de risco.

Algumas condições aumentam os dois. A **síndrome antifosfolípide**, que pode acompanhar o
lúpus, faz o sangue coagular com mais facilidade tanto nas artérias quanto nas veias.

## Hormônios

Tanto a enxaqueca quanto a maioria das doenças autoimunes são mais comuns em mulheres. A
enxaqueca afeta cerca de três vezes mais mulheres do que homens. As mulheres também são a
maioria das pessoas com lúpus, síndrome de Sjögren e artrite reumatoide.

Parte do motivo pode ser o hormônio **estrogênio** (também chamado de estrógeno). O
estrogênio influencia o comportamento do sistema imunológico e a sensibilidade das vias de
dor do cérebro. Na enxaqueca, o que parece importar mais é uma *mudança* no estrogênio,
principalmente uma queda. O estrogênio cai pouco antes da menstruação. É por isso que muitas
mulheres têm crises desde cerca de dois dias antes do início do sangramento até três dias
depois. Algumas pessoas também notam mudanças nos sintomas autoimunes em certos momentos do
ciclo, embora isso seja menos estudado.

Mudanças hormonais maiores, como a gravidez, os meses após o parto e a menopausa, podem
alterar as duas doenças. Às vezes elas melhoram, às vezes pioram.

Se você menstrua, pode escolher registrar a menstruação no Overlap. Ao longo de alguns
meses, isso pode mostrar se suas crises ou seus surtos acompanham o seu ciclo.

> Se você tem enxaqueca com aura, ou anticorpos antifosfolípides, converse com seu
> profissional de saúde antes de começar qualquer medicamento que contenha estrogênio,
> incluindo algumas pílulas anticoncepcionais. Métodos só com progestagênio e métodos não
> hormonais muitas vezes são adequados como alternativa.
""",
    },
    "migraine-with-and-without-aura": {
        "title": "Enxaqueca com e sem aura: o básico",
        "summary": "O que é uma crise de enxaqueca, como a enxaqueca com aura se diferencia da enxaqueca sem aura, e quando os médicos chamam a enxaqueca de crônica.",
        "body": """A enxaqueca é muito mais do que uma dor de cabeça forte. É uma doença do cérebro e dos
nervos que causa crises repetidas. Entre as crises, a maioria das pessoas se sente bem.
Cerca de uma em cada sete pessoas no mundo tem enxaqueca.

## Como é uma crise

Os médicos descrevem a enxaqueca usando a Classificação Internacional das Cefaleias, 3ª
edição, conhecida como ICHD-3. Você pode consultá-la em [ichd-3.org](https://ichd-3.org/).
Em palavras simples, uma crise típica:

- dura de 4 horas a 3 dias se não for tratada,
- muitas vezes fica de um lado só da cabeça, e lateja ou pulsa,
- é moderada ou forte, e piora com atividades do dia a dia, como subir escadas,
- vem com enjoo ou vômito, ou com a sensação de que a luz e o barulho são demais.

Muitas pessoas notam sinais de alerta cerca de um dia antes, como bocejos, vontade de comer
certos alimentos, pescoço rígido ou desânimo. Depois, podem se sentir esgotadas por um dia.
Algumas pessoas chamam isso de "ressaca" da enxaqueca.

## Enxaqueca sem aura

Este é o tipo mais comum. A dor de cabeça e os outros sintomas vêm sem nenhuma alteração de
aviso antes, na visão ou na sensibilidade.

## Enxaqueca com aura

Aproximadamente uma em cada quatro pessoas com enxaqueca tem aura, pelo menos em parte das
vezes. A aura é um breve período de sintomas que vêm do cérebro e depois desaparecem
completamente. Cada sintoma geralmente se forma devagar, ao longo de vários minutos, e dura
entre 5 e 60 minutos. Exemplos comuns são:

- linhas em ziguezague, luzes piscando ou um ponto cego cintilante,
- formigamento que sobe devagar pela mão e pelo braço, ou ao redor da boca,
- dificuldade para encontrar as palavras.

A dor de cabeça geralmente vem em até uma hora, mas a aura também pode acontecer sozinha. A
aura está ligada a mudanças no fluxo de sangue no cérebro. Esse é um dos motivos pelos quais
ela importa quando uma doença autoimune também afeta os vasos sanguíneos.

### Tipos mais raros de aura

Algumas pessoas têm auras de um tipo menos comum. Na **enxaqueca hemiplégica**, a aura
inclui fraqueza de um lado do corpo. Na **enxaqueca com aura de tronco encefálico**, ela
inclui sintomas como visão dupla, fala arrastada, tontura com sensação de que tudo gira ou
desequilíbrio. Esses tipos precisam de avaliação por um especialista, porque se parecem com
outras doenças que precisam ser descartadas, e porque alguns remédios para enxaqueca,
incluindo os triptanos, geralmente são evitados neles. Se a sua aura alguma vez incluir
fraqueza, conte ao seu profissional de saúde.

## Enxaqueca crônica

Os médicos chamam de *enxaqueca crônica* quando a dor de cabeça acontece em 15 ou mais dias
por mês por mais de três meses, e pelo menos 8 desses dias têm características de enxaqueca.
O Overlap conta *dias de enxaqueca* e *dias de dor de cabeça*, e não crises, para que você
possa ver como seus números se comparam. Uma crise que atravessa a noite conta em cada dia
que ela alcança. A página *Entendendo a enxaqueca crônica* explica melhor o que o termo
significa e o que pode ajudar.

## Por que o diagnóstico importa

Outros tipos de dor de cabeça podem se parecer com a enxaqueca. Em pessoas com uma doença
autoimune, uma dor de cabeça nova ou diferente às vezes tem outra causa, que precisa ser
investigada. O Overlap nunca faz diagnósticos. Se suas dores de cabeça mudarem, ficarem
muito mais frequentes ou parecerem diferentes do habitual, converse com seu profissional de
saúde.
""",
    },
    "lupus-and-migraine": {
        "title": "Lúpus e enxaqueca",
        "summary": "Por que as dores de cabeça, incluindo a enxaqueca, são comuns no lúpus eritematoso sistêmico, como o lúpus pode envolver os nervos e os vasos sanguíneos, e a que ficar atento.",
        "body": """O **lúpus eritematoso sistêmico**, geralmente chamado apenas de lúpus, é uma doença
autoimune que pode afetar muitas partes do corpo. Entre elas estão a pele, as articulações,
os rins, o sangue, o coração, os pulmões e o sistema nervoso. O lúpus costuma ir e vir. Os
períodos em que ele fica mais ativo são chamados de *surtos*.

## Dores de cabeça são comuns no lúpus?

A dor de cabeça é um dos sintomas que as pessoas com lúpus mais relatam. Estudos sugerem que
a enxaqueca é mais comum em pessoas com lúpus do que em pessoas sem a doença. Para a maioria
das pessoas, essas dores de cabeça se comportam como uma enxaqueca comum ou uma cefaleia do
tipo tensional, e são tratadas da forma habitual.

## Por que o lúpus e a enxaqueca podem estar ligados

- **O sistema nervoso.** O lúpus pode envolver o cérebro e os nervos. Os médicos chamam isso
  de *lúpus neuropsiquiátrico*. A dor de cabeça é um sinal possível, junto com outros, como
  problemas de memória, mudanças de humor ou, raramente, convulsões.
- **Vasos sanguíneos.** O lúpus pode inflamar os vasos sanguíneos, o que se chama
  *vasculite*. Raramente isso afeta vasos do cérebro, e vasos inflamados podem não levar o
  sangue com a mesma facilidade de sempre.
- **Anticorpos antifosfolípides.** Algumas pessoas com lúpus têm esses autoanticorpos, que
  deixam o sangue mais propenso a coagular, tanto nas artérias quanto nas veias. Alguns
  estudos os associaram a dores de cabeça, e eles são importantes na escolha dos
  medicamentos.
- **Inflamação e hormônios.** Mensageiros do sistema imunológico e mudanças hormonais podem
  facilitar o desencadeamento de crises de enxaqueca em algumas pessoas com lúpus.

## Escolhas de tratamento

O tratamento do lúpus muitas vezes inclui hidroxicloroquina e, às vezes, corticoides ou
outros medicamentos que acalmam o sistema imunológico. Sua equipe vai levar o lúpus em conta
ao escolher o tratamento da enxaqueca. Os triptanos, por exemplo, estreitam os vasos
sanguíneos. Eles podem não ser adequados para pessoas com lúpus que têm vasculite, fenômeno
de Raynaud (dedos que ficam brancos ou azulados no frio), doença cardíaca, um AVC no passado
ou síndrome antifosfolípide com coágulos nas artérias. Analgésicos como o ibuprofeno também
podem exigir cuidado se o lúpus afetar seus rins, e medicamentos que contêm estrogênio
exigem uma conversa antes se você tem anticorpos antifosfolípides.

## Quando uma dor de cabeça precisa ser avaliada

A maioria das dores de cabeça no lúpus não é perigosa. Mesmo assim, procure orientação
médica logo se uma dor de cabeça:

- for nova, ou claramente diferente do seu padrão habitual,
- vier com febre, confusão, convulsão, fraqueza, dormência ou alterações na visão,
- surgir durante um surto junto com outros sintomas novos,
- começar durante a gravidez ou nas semanas após o parto.

Se uma dor de cabeça for súbita e forte, ou vier com fraqueza de um lado do corpo, fala
arrastada ou o rosto caído, ligue imediatamente para o serviço de emergência. A página
*Trabalhando com a sua equipe de saúde* lista os outros sinais de alerta.

## Como usar o Overlap com lúpus

Registrar os surtos de lúpus e as crises de enxaqueca no mesmo lugar pode mostrar se suas
dores de cabeça aumentam quando o lúpus está ativo. Leve sua linha do tempo ou seu relatório
às consultas, para que seu reumatologista e seu neurologista possam olhar para o mesmo
quadro.
""",
    },
    "multiple-sclerosis-and-migraine": {
        "title": "Esclerose múltipla e enxaqueca",
        "summary": "Como a esclerose múltipla e a enxaqueca se sobrepõem, da inflamação no sistema nervoso central a sintomas em comum, como dor de cabeça, fadiga e alterações no raciocínio.",
        "body": """A **esclerose múltipla (EM)** é uma doença em que o sistema imunológico ataca o *sistema
nervoso central*: o cérebro, a medula espinhal e os nervos dos olhos. Seu principal alvo é a
*mielina*, a camada de gordura que envolve as fibras nervosas. A mielina funciona como o
plástico em volta de um fio elétrico e ajuda os sinais a circularem rapidamente. A perda da
mielina se chama **desmielinização**. Onde a mielina está danificada, as mensagens ficam
mais lentas ou se embaralham, e isso causa os sintomas da EM.

## A enxaqueca é comum na EM

A dor de cabeça, e a enxaqueca em particular, é mais comum em pessoas com EM do que na
população em geral. Alguns estudos sugerem que a enxaqueca também pode ser mais frequente ou
mais forte em quem tem as duas doenças.

## Por que as duas podem se sobrepor

As duas doenças envolvem o sistema nervoso central, e a EM envolve inflamação nele. Na EM,
áreas de inflamação e dano (chamadas lesões) podem se formar em partes do cérebro que ajudam
a controlar a dor. Em algumas pessoas, isso parece tornar as dores de cabeça mais prováveis.

As pessoas também sentem essa sobreposição no dia a dia. A EM e a enxaqueca podem trazer:

- dor de cabeça,
- *fadiga*, um cansaço pesado que o descanso não resolve,
- alterações cognitivas, ou seja, dificuldade de concentração, de memória ou para encontrar
  as palavras, muitas vezes chamadas de névoa mental,
- alterações na visão ou na sensibilidade, como formigamento.

Como os sintomas se sobrepõem, pode ser difícil saber qual doença está causando o quê. Uma
aura de enxaqueca com formigamento geralmente se espalha devagar e passa em até uma hora. Os
sintomas de um surto de EM costumam se formar ao longo de horas ou dias e duram mais de um
dia. Seu neurologista pode ajudar você a diferenciá-los.

## Exames de imagem

Exames de imagem do cérebro de pessoas com enxaqueca às vezes mostram pequenos pontos claros
na substância branca, a fiação mais profunda do cérebro. Eles podem se parecer um pouco com
lesões de EM. Os médicos observam o tamanho, o formato e o local desses pontos, e também os
seus sintomas, para diferenciá-los. Se você tem enxaqueca e já falaram para você sobre
pontos em um exame, pergunte ao seu neurologista o que eles significam para você.

## Medicamentos

Alguns tratamentos para EM têm a dor de cabeça entre os possíveis efeitos colaterais,
principalmente nas primeiras semanas. Registre seus medicamentos e doses no Overlap, para
poder ver se as dores de cabeça mudaram depois que você começou algo novo.

### Se você também tem uma artrite inflamatória

Algumas pessoas têm EM junto com artrite reumatoide ou outra doença inflamatória. Um grupo
de medicamentos para essas doenças, os **inibidores de TNF** (como adalimumabe, etanercepte
e infliximabe), geralmente é evitado em pessoas com EM. Em um estudo clínico na EM, um
medicamento que bloqueava o TNF tornou os surtos mais frequentes, e os inibidores de TNF
foram associados a novas desmielinizações em um pequeno número de pessoas. Se você tem EM,
garanta que todo profissional de saúde que receita remédios para as suas articulações, sua
pele ou seu intestino saiba disso.

## Converse com seu profissional de saúde se

- suas dores de cabeça mudarem o padrão habitual,
- sintomas novos durarem mais de 24 horas,
- alterações na visão, fraqueza ou dormência não passarem depois de uma crise.

Manter as crises de enxaqueca, os surtos de EM e a fadiga do dia a dia em um só diário
facilita essas conversas, porque você pode apontar datas em vez de depender da memória.
""",
    },
    "rheumatoid-arthritis-and-migraine": {
        "title": "Artrite reumatoide e enxaqueca",
        "summary": "O que a artrite reumatoide e a enxaqueca têm em comum, incluindo a inflamação crônica e gatilhos como estresse e esforço físico, e como os analgésicos para as articulações podem aumentar as dores de cabeça.",
        "body": """A **artrite reumatoide (AR)** é uma doença autoimune em que o sistema imunológico ataca o
revestimento das articulações. Isso causa dor, inchaço e rigidez, muitas vezes nas pequenas
articulações das mãos e dos pés e, muitas vezes, dos dois lados do corpo. A rigidez costuma
ser pior de manhã. A AR também pode causar cansaço e, com menos frequência, afetar os olhos,
os pulmões ou os vasos sanguíneos.

## Uma dupla mais comum do que você imagina

A enxaqueca foi encontrada com mais frequência em pessoas com AR do que em pessoas sem a
doença. Os motivos ainda estão sendo estudados, mas algumas ideias se destacam.

- **Inflamação crônica.** A AR mantém a inflamação do corpo ligada. Mensageiros como o
  TNF-alfa e a IL-6 ficam altos na AR ativa, e também podem deixar as vias de dor da cabeça
  mais sensíveis.
- **Gatilhos em comum.** Estresse, sono ruim e esforço físico podem desencadear tanto um
  surto de AR quanto uma crise de enxaqueca. Uma semana difícil no trabalho, uma mudança de
  casa ou um dia longo em pé podem pesar duas vezes.
- **Dor pode levar a mais dor.** Conviver com uma dor constante pode deixar todo o sistema
  nervoso mais sensível, e as dores de cabeça podem parecer piores ou acontecer com mais
  frequência.

## Analgésicos para as articulações e dores de cabeça

Muitas pessoas com AR tomam analgésicos anti-inflamatórios (anti-inflamatórios não
esteroides, AINEs), como ibuprofeno ou naproxeno, na maioria dos dias. Eles podem aliviar a
dor nas articulações. Mas tomar analgésicos em muitos dias do mês pode levar à *cefaleia por
uso excessivo de medicamentos*: uma dor de cabeça diária ou quase diária causada pelos
próprios analgésicos. Os AINEs tomados para as articulações contam, e não só os tomados para
a enxaqueca. O Overlap conta os seus dias com analgésicos e avisa você cedo. A página
*Entendendo a cefaleia por uso excessivo de medicamentos* traz os detalhes.

Os AINEs também têm seus próprios cuidados. Tomados com regularidade, eles podem aumentar a
pressão arterial, irritar ou fazer sangrar o estômago, sobrecarregar os rins e aumentar um
pouco o risco de infarto e de AVC, mais com alguns AINEs do que com outros. Seu profissional
de saúde vai avaliar isso com você.

## Tratamento da enxaqueca levando a AR em conta

Pessoas com AR têm um risco de doenças do coração e dos vasos sanguíneos maior do que a
média. Isso pode influenciar se os triptanos, que estreitam os vasos sanguíneos, são uma boa
escolha para você. Seu profissional de saúde vai avaliar isso. Os remédios para AR que
acalmam o sistema imunológico, como o metotrexato e os biológicos, diminuem a inflamação em
todo o corpo. Algumas pessoas percebem que as dores de cabeça melhoram quando a AR está bem
controlada, embora isso não tenha sido bem estudado.

Se você tem esclerose múltipla além da AR, conte ao seu reumatologista: os inibidores de
TNF, um grupo de biológicos, geralmente são evitados na EM.

## Dor no pescoço

A AR às vezes pode afetar as articulações do alto do pescoço, o que pode causar dor na parte
de trás da cabeça. Se você tiver uma dor nova no pescoço junto com formigamento, fraqueza ou
falta de coordenação nos braços ou nas pernas, procure orientação médica rapidamente.

## Dicas

- Registre no Overlap os surtos, as crises de enxaqueca e o seu estresse diário, e anote o
  esforço físico como gatilho, para ver se eles variam juntos.
- Vá no seu ritmo: divida tarefas grandes em partes menores, com pausas entre elas.
- Compartilhe sua linha do tempo tanto com o seu reumatologista quanto com o profissional de
  saúde que trata a sua enxaqueca.
""",
    },
    "sjogrens-and-migraine": {
        "title": "Síndrome de Sjögren e enxaqueca",
        "summary": "Como a síndrome de Sjögren, que afeta principalmente as glândulas que mantêm os olhos e a boca úmidos, pode envolver os nervos e piorar as dores de cabeça.",
        "body": """A **síndrome de Sjögren** (pronuncia-se "chôgren") é uma doença autoimune em que o sistema
imunológico ataca as glândulas que produzem umidade, principalmente as lágrimas e a saliva.
Os sintomas mais conhecidos são olhos secos e boca seca. Muitas pessoas também têm cansaço,
dor nas articulações e pele seca. A síndrome de Sjögren pode acontecer sozinha ou junto com
outra doença autoimune, como o lúpus ou a artrite reumatoide.

## Ligações com a enxaqueca

As dores de cabeça, incluindo a enxaqueca, parecem ser comuns em pessoas com síndrome de
Sjögren. A ligação parece mais forte em pessoas cuja síndrome de Sjögren também afeta o
sistema nervoso, embora os estudos sejam pequenos.

## Nervos e neuropatia

Em algumas pessoas, a síndrome de Sjögren afeta os nervos. O dano aos nervos fora do cérebro
e da medula espinhal se chama **neuropatia**. Ele pode causar ardência, formigamento,
dormência ou dor, muitas vezes nos pés e nas mãos e às vezes no rosto. Os nervos que cuidam
de coisas como os batimentos cardíacos, o suor e a pressão arterial também podem ser
afetados.

Nervos irritados ou danificados podem deixar todo o sistema da dor mais sensível. Isso pode
tornar as dores de cabeça mais frequentes ou mais difíceis de aliviar. Se você notar
ardência, dormência ou formigamento novos, fale sobre isso com seu profissional de saúde.
Existem exames que podem avaliar como seus nervos estão funcionando.

## Coisas do dia a dia que se somam

A própria secura pode contribuir para as dores de cabeça.

- Olhos secos e irritados podem tornar incômodas a luz forte e as telas, e a luz forte é um
  gatilho comum de enxaqueca.
- A boca seca pode dificultar beber líquidos suficientes e pode atrapalhar o sono. Dormir
  mal e beber pouca água são gatilhos comuns.
- Alguns medicamentos pioram a secura. Um exemplo é a amitriptilina, um remédio mais antigo
  usado para prevenir a enxaqueca. Se a secura for um problema, pergunte se os seus
  medicamentos devem ser revistos.

## Hábitos que ajudam

- Beba água aos poucos ao longo do dia e deixe um copo ao lado da cama.
- Use os colírios ou géis que sua equipe de saúde sugerir, e faça pausas regulares das
  telas.
- Experimente um umidificador se o ar em casa ou no trabalho for seco.
- Registre a água e o sono no registro diário do Overlap, para ver se dias de secura e de
  sono ruim vêm antes das suas crises.

## Tratamento

Não existe um tratamento único para a síndrome de Sjögren, por isso o cuidado se concentra
em aliviar a secura e tratar qualquer inflamação mais ampla. Às vezes se usam a
hidroxicloroquina ou outros medicamentos que acalmam o sistema imunológico. A enxaqueca
geralmente pode ser tratada da forma padrão. Conte ao seu profissional de saúde sobre
qualquer secura, sintomas nos nervos, fenômeno de Raynaud ou problemas nos vasos sanguíneos,
porque isso pode influenciar quais medicamentos são melhores para você. O fenômeno de
Raynaud importa no caso dos triptanos, e agora também aparece como possível efeito colateral
dos remédios que atuam no CGRP.
""",
    },
    "celiac-disease-and-migraine": {
        "title": "Doença celíaca e enxaqueca",
        "summary": "Como a doença celíaca, uma reação do sistema imunológico ao glúten, está ligada à enxaqueca, e por que uma dieta rigorosa sem glúten pode aliviar as dores de cabeça depois que a doença celíaca é confirmada.",
        "body": """A **doença celíaca** é uma doença autoimune desencadeada pelo **glúten**, uma proteína
encontrada no trigo, na cevada e no centeio. Em pessoas com doença celíaca, comer glúten faz
o sistema imunológico atacar o revestimento do intestino delgado. Com o tempo, isso danifica
o revestimento e dificulta a absorção dos nutrientes dos alimentos.

Os sintomas variam muito. Algumas pessoas têm dor de barriga, estufamento ou diarreia.
Outras sentem principalmente cansaço ou têm ferro baixo, e algumas não têm nenhum sintoma
claro.

## Enxaqueca e doença celíaca

As dores de cabeça, e a enxaqueca em particular, parecem ser mais comuns em pessoas com
doença celíaca. Para algumas pessoas, as dores de cabeça são um dos principais sintomas
antes do diagnóstico.

Um motivo provável é a inflamação. Quando o glúten desencadeia a reação do sistema
imunológico no intestino, mensageiros inflamatórios circulam pelo corpo no sangue. Eles
podem tornar as vias de dor do cérebro mais fáceis de ativar. Níveis baixos de nutrientes
como ferro, folato ou vitamina B12 também podem piorar o cansaço e as dores de cabeça.

## A dieta sem glúten

O tratamento da doença celíaca é uma dieta rigorosa e sem glúten pelo resto da vida. À
medida que o intestino se recupera, alguns estudos relatam que as pessoas têm crises de
enxaqueca menos frequentes ou mais leves. Os estudos são pequenos, e o quanto isso ajuda
varia de pessoa para pessoa. Muitas pessoas ainda precisam do seu tratamento habitual para a
enxaqueca.

Isso vale para pessoas com doença celíaca. Não há boas evidências de que cortar o glúten
ajude a enxaqueca em pessoas cujo corpo não reage ao glúten.

## Importante: faça os exames primeiro

Se você acha que o glúten pode ser um problema para você, **não o corte antes de fazer os
exames**. O exame de sangue e a biópsia do intestino usados para diagnosticar a doença
celíaca só funcionam enquanto você ainda está comendo glúten. Parar cedo demais pode dar um
falso resultado normal. Converse primeiro com seu profissional de saúde.

## Vivendo sem glúten

- Um nutricionista pode ajudar você a se alimentar bem sem glúten e a identificar fontes
  escondidas, como alguns molhos, sopas e o molho de soja (shoyu).
- A aveia muitas vezes se mistura com o trigo durante o processamento. Escolha aveia com
  rótulo sem glúten, e confirme com sua equipe se a aveia é adequada para você.
- Acidentes acontecem. Se você comer glúten por engano, anote isso no registro diário do
  Overlap. Com o tempo, você pode ver se os dias com glúten são seguidos por crises de
  enxaqueca.

## Outras doenças autoimunes

A doença celíaca é mais comum em pessoas que já têm outra doença autoimune, como diabetes
tipo 1 ou doença autoimune da tireoide. Se você tem sintomas intestinais persistentes, ferro
baixo ou cansaço sem causa clara, pergunte ao seu profissional de saúde se fazer os exames é
indicado para você.
""",
    },
    "chronic-migraine": {
        "title": "Entendendo a enxaqueca crônica",
        "summary": "O que os médicos querem dizer com enxaqueca crônica, como o Overlap compara com ela os seus dias de dor de cabeça e de enxaqueca, e o que você e seu profissional de saúde podem fazer quando os números sobem.",
        "body": """A maioria das pessoas com enxaqueca tem enxaqueca *episódica*: as crises vêm e vão, com
muitos dias sem dor de cabeça entre elas. Para algumas pessoas, as crises ficam tão
frequentes que a dor de cabeça está presente na maior parte dos dias. Os médicos então
chamam isso de **enxaqueca crônica**. Aqui, a palavra crônica se refere à frequência, e não
a há quanto tempo você tem enxaqueca.

Talvez você tenha chegado aqui a partir de um aviso no Overlap. O aviso significa que o seu
diário mostra um padrão que corresponde a essa definição. Não é um diagnóstico. Só um
profissional de saúde que conhece você pode dizer que tipo de dor de cabeça você tem.

## A definição

A classificação da Sociedade Internacional de Cefaleia (ICHD-3, seção 1.3) descreve a
enxaqueca crônica como:

- dor de cabeça em **15 ou mais dias por mês**,
- por **mais de três meses**,
- com **características de enxaqueca em pelo menos 8 desses dias por mês** (ou dias em que
  um remédio para enxaqueca, como um triptano, funcionou),
- em alguém que tem enxaqueca.

Os dias de dor de cabeça contam seja qual for o tipo de dor de cabeça, então os dias mais
leves também contam. Os dias com características de enxaqueca são os que se parecem com
enxaqueca, por exemplo, uma dor de cabeça latejante com enjoo ou um forte incômodo com a
luz.

## Como o Overlap conta

O Overlap conta **dias, e não crises**. Um dia conta como dia de dor de cabeça se houve
alguma dor de cabeça em qualquer momento daquele dia, no seu próprio fuso horário, e como
dia de enxaqueca se essa dor de cabeça foi uma enxaqueca. Uma crise que vai da noite de
segunda-feira até a manhã de quarta-feira conta como três dias. O Overlap calcula os números
por 30 dias e só para os dias que o seu diário cobre, e avisa você quando há poucos dias
registrados para dizer muita coisa.

O Overlap mostra o aviso de enxaqueca crônica quando, em cada um dos três últimos períodos
de 30 dias, seus dias de dor de cabeça chegam a 15 e seus dias de enxaqueca chegam a 8.

## Por que isso importa

A enxaqueca crônica não é rara, e pode pesar muito no trabalho, na família e no humor. Ela
também tem tratamento. Muitas pessoas voltam a ter menos dias de dor de cabeça com o plano
certo, e vale a pena pedir ajuda em vez de lidar com isso por conta própria.

## O que pode levar a enxaqueca a se tornar crônica

- **Uso frequente de remédios para as crises.** Tomar analgésicos ou remédios para enxaqueca
  em muitos dias pode, por si só, tornar as dores de cabeça mais frequentes. A página
  *Entendendo a cefaleia por uso excessivo de medicamentos* trata disso, incluindo por que
  os analgésicos para as articulações contam.
- **Crises já frequentes desde o início**, sono ruim, estresse constante, desânimo e outras
  doenças que causam dor.
- Nas doenças autoimunes, os **surtos** e os analgésicos que vêm com eles podem somar dias
  de dor de cabeça.

## O que seu profissional de saúde pode sugerir

Seu profissional de saúde vai olhar o seu diário, os seus medicamentos e as suas outras
doenças. Entre os assuntos que podem ser discutidos estão:

- um **tratamento preventivo**, tomado com regularidade para diminuir o número de crises. As
  opções com evidências na enxaqueca crônica incluem o topiramato, as injeções de toxina
  botulínica (onabotulinumtoxinA) e os anticorpos contra o CGRP, cada um com seus próprios
  cuidados,
- um plano para o **uso excessivo de medicamentos**, se isso fizer parte do quadro,
- ajuda com **sono, estresse e humor**, o que muitas vezes faz uma diferença real,
- como o tratamento da sua doença autoimune se encaixa em tudo isso.

Um tratamento geralmente é avaliado depois de dois ou três meses, pela queda nos seus dias
de enxaqueca por mês, muitas vezes pela metade ou mais.

## Leve os seus números

O relatório do Overlap mostra seus dias de dor de cabeça, dias de enxaqueca e dias com
medicamentos lado a lado, no período que você escolher. Levá-lo à consulta poupa você de
contar de memória.
""",
    },
    "treating-inflammation": {
        "title": "Tratamento da inflamação",
        "summary": "Como os anti-inflamatórios usados nas doenças autoimunes, como AINEs, corticoides e DMARDs, e os remédios mais novos para enxaqueca que atuam no CGRP podem ajudar, e os cuidados que cada um exige.",
        "body": """A inflamação liga muitas doenças autoimunes à enxaqueca, por isso faz sentido que tratá-la
às vezes possa ajudar as duas. Esta página descreve os principais grupos de medicamentos.
São informações gerais. O seu tratamento depende das suas doenças, das suas outras
necessidades de saúde e do que é importante para você, por isso decida junto com seu
profissional de saúde.

## AINEs

Os *anti-inflamatórios não esteroides*, ou AINEs, incluem ibuprofeno, naproxeno, diclofenaco
e aspirina. Eles bloqueiam substâncias químicas que causam dor e inchaço. São usados para
dor nas articulações, e vários também funcionam bem em uma crise de enxaqueca se forem
tomados cedo.

Eles têm seus próprios cuidados, que importam mais quando são tomados com frequência:

- **Estômago.** Podem causar má digestão, úlceras e sangramento no estômago ou no intestino.
  O risco é maior em pessoas mais velhas, em quem já teve úlcera e em quem usa corticoides
  ou anticoagulantes. Seu profissional de saúde pode sugerir um remédio para proteger o
  estômago.
- **Coração e circulação.** O uso regular aumenta um pouco o risco de infarto e de AVC, mais
  com alguns AINEs, como o diclofenaco, do que com outros. Eles podem aumentar a pressão
  arterial e piorar a insuficiência cardíaca.
- **Rins.** Podem diminuir o fluxo de sangue para os rins, o que importa se o lúpus ou outra
  doença afeta os seus rins, ou se você estiver com desidratação.
- **Asma.** Algumas poucas pessoas com asma percebem que os AINEs pioram a asma.
- **Cefaleia por uso excessivo de medicamentos.** Tomá-los em 15 ou mais dias por mês pode
  levar a ela. Os dias em que você os toma para dor nas articulações também contam.

## Corticoides

Os *corticosteroides*, muitas vezes chamados apenas de corticoides, como a prednisolona, são
medicamentos fortes e de ação rápida que diminuem a inflamação. Muitas vezes são usados para
controlar um surto. Às vezes os médicos também receitam um tratamento curto para ajudar a
encerrar uma crise de enxaqueca longa e persistente.

Os corticoides funcionam bem, mas tratamentos longos podem causar ganho de peso, sono ruim,
mudanças de humor, ossos mais fracos e açúcar alto no sangue. É por isso que os médicos
buscam a menor dose pelo menor tempo possível. Se você toma corticoides há mais de algumas
semanas, não pare de repente sem orientação, porque o seu corpo precisa de tempo para voltar
a produzir o próprio hormônio.

## DMARDs

Os *medicamentos modificadores do curso da doença* (DMARDs, na sigla em inglês) tratam a
causa da inflamação, e não só a dor. Exemplos são metotrexato, hidroxicloroquina,
sulfassalazina e leflunomida. Eles agem devagar e podem levar semanas ou meses para fazer
efeito completo. Ao acalmar a doença, também podem diminuir a inflamação que pode contribuir
para as dores de cabeça. A maioria exige exames de sangue regulares. A página *Medicamentos
que acalmam o sistema imunológico* fala mais sobre isso.

## Remédios que atuam no CGRP

O CGRP (peptídeo relacionado ao gene da calcitonina) é um mensageiro que os nervos ao redor
do cérebro liberam durante uma crise de enxaqueca. Ele dilata os vasos sanguíneos, ajuda a
levar os sinais de dor e impulsiona a inflamação provocada pelos nervos na enxaqueca. Os
medicamentos que bloqueiam o CGRP, ou o local onde ele age, foram criados especialmente para
a enxaqueca. Eles se dividem em duas famílias.

Os **anticorpos monoclonais** (erenumabe, fremanezumabe, galcanezumabe e eptinezumabe) são
aplicados por injeção uma vez por mês ou a cada três meses, ou por infusão na veia. Eles são
usados apenas para *prevenir* crises.

Os **gepantos** são medicamentos de molécula pequena, e são diferentes entre si:

- **rimegepanto** e **ubrogepanto** são comprimidos que tratam uma crise; o rimegepanto
  também pode ser tomado em dias alternados para prevenir crises,
- **atogepanto** é um comprimido diário usado apenas para *prevenir* crises, e não para
  tratar uma crise,
- **zavegepanto** é um **spray nasal** que trata uma crise.

### Cuidados com os remédios que atuam no CGRP

Ao contrário dos triptanos, os remédios que atuam no CGRP não estreitam diretamente os vasos
sanguíneos, e é por isso que muitas vezes são considerados para pessoas cuja doença
autoimune afeta os vasos. Mas eles não estão livres de cuidados relacionados aos vasos. A
bula deles agora alerta que podem **aumentar a pressão arterial**, ou piorar uma pressão
alta já existente, e que podem provocar ou piorar o **fenômeno de Raynaud**, em que os dedos
das mãos e dos pés ficam brancos ou azulados no frio. Se você tem pressão alta ou fenômeno
de Raynaud, seu profissional de saúde vai acompanhar os dois de perto e vai querer saber se
algum deles mudar depois que você começar.

Outros pontos que é bom saber:

- **Gravidez.** Os anticorpos permanecem no corpo por meses depois da última dose, por isso
  geralmente são suspensos vários meses antes de uma gravidez planejada. Os gepantos saem do
  corpo em poucos dias. Se você está planejando uma gravidez, converse cedo com seu
  profissional de saúde.
- A **prisão de ventre** é um efeito colateral comum, principalmente com o erenumabe e o
  atogepanto.
- Eles são mais novos do que a maioria dos remédios para enxaqueca, por isso a experiência
  com o uso prolongado ainda está aumentando.

No Overlap, os dias com gepanto contam como dias com um medicamento para crise. Eles não
entram na conta do uso excessivo, porque os estudos clínicos não mostraram que os gepantos
causem cefaleia por uso excessivo de medicamentos.

## Mantenha um registro

Registre cada dose no Overlap, incluindo os analgésicos tomados para as articulações. Assim
seu profissional de saúde pode ver com que frequência você toma cada medicamento e o quanto
ele funciona.
""",
    },
    "immune-modulating-medicines": {
        "title": "Medicamentos que acalmam o sistema imunológico",
        "summary": "O que fazem o metotrexato, os biológicos e outros tratamentos imunomoduladores, como eles podem afetar a enxaqueca, e os controles que ajudam a mantê-los seguros.",
        "body": """Nas doenças autoimunes, o sistema imunológico fica ativo demais e ataca os tecidos do
próprio corpo. *Imunomodulação* significa usar medicamentos para baixar essa atividade até
um nível mais seguro. Alguns desses medicamentos são chamados de imunossupressores, porque
suprimem, ou seja, freiam, o sistema imunológico.

## Metotrexato

O metotrexato é um dos medicamentos mais usados para a artrite reumatoide. Ele também é
usado no lúpus, na artrite psoriásica e em outras doenças. Nessas doenças, ele é tomado
**uma vez por semana**, e não todos os dias, muitas vezes com ácido fólico em outro dia para
diminuir os efeitos colaterais. Tomá-lo com mais frequência do que foi receitado pode ser
perigoso, por isso siga sempre exatamente o que está na receita.

O metotrexato exige exames de sangue regulares para verificar o hemograma e o fígado.
Mantenha o consumo de álcool dentro do limite que a sua equipe indicar. Algumas pessoas
sentem enjoo ou cansaço por um dia depois da dose, e algumas poucas têm dor de cabeça. Anote
isso no Overlap para poder conversar a respeito.

## Biológicos

Os biológicos são medicamentos produzidos a partir de células vivas. Cada um bloqueia uma
parte específica do sistema imunológico. Alguns exemplos:

- **Inibidores de TNF**, como adalimumabe, etanercepte e infliximabe, bloqueiam o TNF-alfa.
- **Bloqueadores de IL-6**, como o tocilizumabe, bloqueiam o sinal da IL-6.
- **Tratamentos dirigidos às células B**, como o rituximabe e, no lúpus, o belimumabe, agem
  nas células que depois produzem anticorpos, incluindo os autoanticorpos.
- Vários tratamentos para a EM também agem em células específicas do sistema imunológico.

Os biológicos são aplicados por injeção ou por infusão na veia. Alguns comprimidos mais
novos, como os inibidores de JAK, também agem de forma direcionada.

### Inibidores de TNF e esclerose múltipla

Os inibidores de TNF geralmente são **evitados em pessoas com esclerose múltipla** ou outra
doença desmielinizante, como um episódio anterior de neurite óptica. Em um estudo clínico na
EM, um medicamento que bloqueava o TNF levou a surtos mais frequentes, e os inibidores de
TNF foram associados a novas desmielinizações em um pequeno número de pessoas. Isso importa,
por exemplo, se você convive com artrite reumatoide e EM: seu reumatologista geralmente vai
escolher outro tipo de medicamento. Garanta que todos que receitam remédios para você saibam
de todas as doenças que você tem.

## Eles podem ajudar na enxaqueca?

Esses medicamentos não são tratamentos para enxaqueca. O TNF-alfa e a IL-6 podem ter um
papel na enxaqueca, por isso os pesquisadores se interessam em saber se acalmar o sistema
imunológico também ajuda nas dores de cabeça. Algumas pessoas de fato notam crises menos
frequentes ou mais leves quando a doença autoimune está controlada. As evidências são
limitadas. O melhor é ver isso como um possível bônus, e não como um motivo para começar um
medicamento.

Por outro lado, alguns desses medicamentos podem causar dor de cabeça como efeito colateral.
Registrar as doses e as crises no Overlap ajuda você e sua equipe a diferenciar uma coisa da
outra.

## Infecções

Como esses medicamentos baixam a atividade do sistema imunológico, as infecções podem ser
mais prováveis ou mais graves. Procure orientação médica rapidamente se tiver febre ou se
sentir muito mal, e principalmente se tiver dor de cabeça com febre, rigidez no pescoço ou
manchas na pele. Pergunte à sua equipe quais vacinas você deve tomar.

## Mantenha as duas equipes informadas

Garanta que o profissional de saúde que trata a sua enxaqueca saiba do seu tratamento
imunológico, e que seu reumatologista ou sua equipe de EM saiba dos seus remédios para
enxaqueca. Algumas combinações exigem atenção extra, e nenhuma das equipes consegue planejar
bem sem a lista completa.
""",
    },
    "medication-caution": {
        "title": "Medicamentos que exigem cuidado extra",
        "summary": "Por que os triptanos e outros remédios que estreitam os vasos exigem cuidado quando uma doença autoimune afeta os vasos, o que as alternativas trazem consigo, e como o uso frequente de analgésicos, inclusive para as articulações, pode causar cefaleia por uso excessivo de medicamentos.",
        "body": """Esta página trata de duas coisas que vale a pena saber quando você convive com enxaqueca e
uma doença autoimune. A primeira é sobre os medicamentos que agem nos vasos sanguíneos, e as
escolhas em torno deles. A segunda é sobre tomar analgésicos com frequência.

Talvez você tenha chegado aqui a partir de um aviso no Overlap. O aviso está ali para
informar você, e não para assustar, e ele nunca significa que você precisa parar um
medicamento. Continue tomando seus medicamentos como foram receitados, e converse com seu
profissional de saúde.

## Parte 1: medicamentos que estreitam os vasos sanguíneos

Os **triptanos**, como a sumatriptana, a rizatriptana e a zolmitriptana, estão entre os
tratamentos mais úteis para uma crise de enxaqueca. Uma das formas como eles agem é
estreitando os vasos sanguíneos ao redor do cérebro. Eles também podem estreitar um pouco
outros vasos, incluindo os do coração.

Para a maioria das pessoas, isso não é um problema. Mas é preciso um cuidado extra quando os
vasos sanguíneos já estão afetados, por exemplo, em caso de:

- **vasculite**, a inflamação das paredes dos vasos sanguíneos, que pode acontecer no lúpus,
  na artrite reumatoide, na síndrome de Sjögren, na esclerose sistêmica e em outras doenças,
- **fenômeno de Raynaud**, em que os dedos das mãos e dos pés ficam brancos ou azulados no
  frio porque os pequenos vasos deles se fecham,
- doença das **artérias**: doença do coração, como angina ou um infarto no passado, um AVC
  ou mini-AVC (ataque isquêmico transitório, AIT) no passado, ou artérias estreitadas nas
  pernas,
- **pressão alta**, principalmente se não estiver bem controlada,
- **síndrome antifosfolípide** com coágulos nas artérias.

Um coágulo em uma *veia*, como uma trombose venosa profunda, é outra história: não há
indicação de que os triptanos aumentem esse tipo de risco, embora os medicamentos que contêm
estrogênio aumentem. A página *Genes, hormônios e vasos sanguíneos* explica a diferença.

O lúpus e a artrite reumatoide também aumentam, ao longo dos anos, o risco de doenças do
coração e dos vasos sanguíneos. Por isso seu profissional de saúde pode pesar as coisas de
um jeito diferente para você do que para alguém sem essas doenças.

### Outras situações em que os triptanos não são usados

- **Enxaqueca hemiplégica ou enxaqueca com aura de tronco encefálico**, em que a aura inclui
  fraqueza de um lado do corpo, visão dupla, fala arrastada ou desequilíbrio. Os triptanos
  geralmente são evitados nesses casos.
- **Nas 24 horas depois de um ergotamínico** (como a ergotamina ou a di-hidroergotamina), ou
  **de outro triptano**. Os efeitos deles sobre os vasos sanguíneos podem se somar. O
  Overlap mostra um aviso se o seu diário tiver dois desses no intervalo de um dia.
- Junto com **inibidores da MAO**, um grupo mais antigo de antidepressivos (como a fenelzina
  ou a moclobemida), que aumentam o nível de alguns triptanos no sangue. Alguns triptanos
  não devem ser tomados nas duas semanas depois de parar um deles. Conte ao seu profissional
  de saúde sobre todos os antidepressivos que você toma, porque algumas outras combinações
  também exigem cuidado.

A **ergotamina** e remédios mais antigos parecidos estreitam os vasos sanguíneos com mais
força do que os triptanos e hoje são pouco usados. Alguns **betabloqueadores**, usados para
prevenir a enxaqueca, podem piorar as mãos frias e o fenômeno de Raynaud.

## As alternativas, e os cuidados que elas exigem

Se os triptanos não forem adequados para você, existem outras opções. Nenhuma está livre de
cuidados, por isso seu profissional de saúde vai avaliá-las com você.

- **AINEs**, como ibuprofeno ou naproxeno. Tomados com frequência, podem irritar ou fazer
  sangrar o estômago, sobrecarregar os rins, aumentar a pressão arterial e aumentar um pouco
  o risco de infarto e de AVC. Isso importa mais se o lúpus afeta os seus rins, ou se você
  tem doença do coração ou já teve úlcera.
- **Gepantos** (como o rimegepanto, o ubrogepanto ou o spray nasal zavegepanto). Eles não
  estreitam diretamente os vasos sanguíneos, mas a bula deles agora alerta para o aumento da
  pressão arterial e para o fenômeno de Raynaud.
- **Ditanos.** A lasmiditana é o único. Ela age em um receptor de serotonina diferente do
  dos triptanos, que fica nos nervos, e não estreita os vasos sanguíneos. Muitas vezes causa
  tontura e sonolência, por isso você não deve dirigir por pelo menos 8 horas depois de uma
  dose. Tomada em 10 ou mais dias por mês, pode causar cefaleia por uso excessivo de
  medicamentos, como os triptanos. Ela não está disponível em todos os lugares.
- **Medicamentos preventivos**, incluindo os anticorpos contra o CGRP, que trazem os mesmos
  alertas sobre pressão arterial e fenômeno de Raynaud que os gepantos.

## Parte 2: cefaleia por uso excessivo de medicamentos

Os analgésicos e os remédios para enxaqueca são seguros e úteis quando tomados de vez em
quando. Mas, tomados em muitos dias por mês, mês após mês, eles podem tornar as dores de
cabeça mais frequentes. Isso se chama **cefaleia por uso excessivo de medicamentos**.

A classificação da Sociedade Internacional de Cefaleia (ICHD-3) define estes limites, para
um uso regular que dure mais de três meses:

- **10 ou mais dias por mês** de triptanos, ergotamínicos, opioides como a codeína,
  analgésicos combinados, ou outros remédios para crises, como a lasmiditana,
- **15 ou mais dias por mês** de analgésicos simples: paracetamol, aspirina, ibuprofeno,
  naproxeno e outros AINEs,
- **10 ou mais dias por mês** no total quando você usa vários tipos, mesmo que nenhum deles
  passe do próprio limite.

O que conta são os dias, e não os comprimidos. Os AINEs para as articulações também contam,
mesmo em dias sem dor de cabeça, o que é fácil de deixar passar na artrite reumatoide ou no
lúpus. Os gepantos não contam, porque os estudos clínicos não mostraram que eles causem esse
problema.

Se os seus dias estão nesses limites, seu profissional de saúde vai planejar com você o que
fazer. No caso de analgésicos simples e triptanos, as diretrizes geralmente preferem
interromper o medicamento usado em excesso dentro desse plano, muitas vezes com um
tratamento preventivo e apoio nas primeiras semanas. Os opioides e alguns sedativos são
diferentes: eles são reduzidos aos poucos, porque pará-los de repente pode causar
abstinência. Até ter esse plano, continue tomando seus medicamentos como faz agora. A página
*Entendendo a cefaleia por uso excessivo de medicamentos* explica tudo passo a passo.
""",
    },
    "medication-overuse-headache": {
        "title": "Entendendo a cefaleia por uso excessivo de medicamentos",
        "summary": "Como tomar analgésicos ou remédios para enxaqueca em muitos dias pode aumentar as dores de cabeça, quais dias o Overlap conta e por que os AINEs para as articulações contam, e como costuma ser o plano de um profissional de saúde para interromper o uso excessivo.",
        "body": """Os remédios para dor de cabeça e para dor funcionam bem quando você os toma de vez em
quando. Quando são tomados em muitos dias por mês, mês após mês, podem ter o efeito
contrário e tornar as dores de cabeça mais frequentes. Os médicos chamam isso de **cefaleia
por uso excessivo de medicamentos**. Ela acontece em pessoas que já têm uma doença que causa
dor de cabeça, na maioria das vezes a enxaqueca, e é um motivo comum para a enxaqueca ficar
mais frequente.

Talvez você tenha chegado aqui a partir de um aviso no Overlap. O aviso conta os dias no seu
diário. Ele não é um diagnóstico, e não significa que você fez algo errado. Muitas pessoas
nem sabem que isso pode acontecer.

## As duas partes da definição

A classificação da Sociedade Internacional de Cefaleia (ICHD-3, seção 8.2) descreve a
cefaleia por uso excessivo de medicamentos como dor de cabeça em **15 ou mais dias por
mês**, em alguém com uma doença que causa dor de cabeça, junto com o **uso excessivo e
regular de medicamentos por mais de três meses**. Uso excessivo significa tomá-los em:

- **10 ou mais dias por mês**: triptanos, ergotamínicos, opioides (como a codeína),
  analgésicos combinados (comprimidos com dois ou mais componentes, como paracetamol com
  codeína, ou um analgésico com cafeína) e outros remédios para crises, como a lasmiditana,
- **15 ou mais dias por mês**: analgésicos simples, ou seja, paracetamol, aspirina,
  ibuprofeno, naproxeno e outros AINEs,
- **10 ou mais dias por mês no total** quando você usa vários tipos, mesmo que nenhum deles
  chegue ao próprio limite.

As duas partes importam. O Overlap mostra os seus dias com medicamentos e os seus dias de
dor de cabeça nos mesmos períodos. Quando os dois chegam aos limites por mais de três meses,
ele diz que o seu diário corresponde ao padrão. Quando só os dias com medicamentos chegam,
ele também avisa, porque esse é o momento de conversar sobre isso, antes que as dores de
cabeça fiquem mais frequentes.

## Quais dias contam

- **Dias, e não comprimidos.** Um dia com um comprimido conta o mesmo que um dia com quatro.
- **Os AINEs para as articulações contam.** O limite se refere ao medicamento, e não ao
  motivo pelo qual você o tomou. O ibuprofeno ou o naproxeno para artrite reumatoide ou
  lúpus contam mesmo em dias sem dor de cabeça. É por isso que o Overlap mostra dois números
  lado a lado: os dias em que você tomou um medicamento *para tratar uma crise*, e os dias
  que contam *para o uso excessivo*, seja qual for o motivo.
- **Os gepantos não contam para o uso excessivo.** Os estudos clínicos não mostraram que os
  gepantos causem cefaleia por uso excessivo de medicamentos, e a classificação foi escrita
  antes de eles existirem. O Overlap continua contando esses dias como dias com um
  medicamento para crise.

## O que seu profissional de saúde geralmente vai planejar

Diretrizes, como as da Academia Europeia de Neurologia, descrevem algumas etapas. Seu
profissional de saúde vai escolher o que é adequado para você.

1. **Explicar o que está acontecendo.** Para algumas pessoas, entender a ligação e diminuir
o uso com apoio já é suficiente.
2. **Parar o medicamento usado em excesso.** No caso de analgésicos simples, triptanos e
ergotamínicos, as diretrizes geralmente preferem pará-los de uma vez, em vez de diminuir aos
poucos, por pelo menos algumas semanas, com um plano do seu profissional de saúde. Os
**opioides** e alguns sedativos são diferentes: eles são reduzidos aos poucos, às vezes com
apoio extra, porque pará-los de repente pode causar abstinência.
3. **Um tratamento preventivo**, muitas vezes iniciado ao mesmo tempo, para diminuir o
número de crises.
4. **Um plano para as primeiras semanas.** As dores de cabeça muitas vezes pioram por uma ou
duas semanas antes de melhorar. Seu profissional de saúde pode sugerir o que tomar, ou o que
fazer, nos piores dias.
5. **Acompanhamento**, para verificar o progresso e manter depois os dias com medicamentos
abaixo dos limites.

Até ter esse plano, continue tomando seus medicamentos como faz agora, e não pare nada que o
seu profissional de saúde tenha receitado para a sua doença autoimune.

## O que esperar

A maioria das pessoas melhora quando o uso excessivo para: as dores de cabeça ficam menos
frequentes e os remédios para crises voltam a funcionar melhor. Algumas pessoas voltam a
usar em excesso mais tarde, e é por isso que o acompanhamento e um diário ajudam.

## Como usar o Overlap

Registre cada dose, incluindo os analgésicos para as articulações, com o motivo pelo qual
você a tomou. O aviso do Overlap alerta você antes de chegar a um limite, e o relatório
mostra juntos os seus dias com medicamentos e os seus dias de dor de cabeça para a sua
consulta.
""",
    },
    "stress-sleep-and-hydration": {
        "title": "Estresse, sono e água",
        "summary": "Hábitos constantes que podem diminuir a chance de crises de enxaqueca e de surtos autoimunes: aliviar o estresse com meditação, ioga e respiração, dormir com regularidade e beber água suficiente.",
        "body": """Os medicamentos são importantes, mas os hábitos do dia a dia também podem fazer uma
diferença real. Em um grande estudo com pessoas com enxaqueca, o estresse foi o gatilho
citado com mais frequência, e o sono ruim e as refeições puladas também foram comuns. Muitas
pessoas com doenças autoimunes também citam o estresse antes dos seus surtos. Nenhum desses
hábitos é uma cura, e ninguém consegue mantê-los perfeitamente. Mudanças pequenas e
constantes costumam durar mais do que as grandes.

## Estresse

O estresse é a forma como o corpo responde à pressão. Em períodos curtos, ele é normal.
Quando dura muito tempo, os hormônios do estresse e os mensageiros do sistema imunológico
podem continuar elevados. Isso pode aumentar a inflamação e deixar o cérebro mais sensível
aos gatilhos da enxaqueca.

Algumas pessoas têm crises logo *depois* que um período estressante termina, por exemplo, no
primeiro dia das férias. Esse padrão de "relaxamento depois da tensão" é comum, por isso
manter uma rotina estável nos períodos agitados e nos tranquilos pode ajudar.

Formas de aliviar o estresse que têm alguma evidência a favor na enxaqueca, e que os
especialistas em dor de cabeça incluem entre os tratamentos sem remédios que sugerem:

- **Meditação e atenção plena (mindfulness).** Sente-se em silêncio por dez minutos e, cada
  vez que a sua atenção se dispersar, traga-a gentilmente de volta para a respiração, ou
  para os sons ao seu redor. Gravações guiadas podem ajudar você a começar.
- **Ioga.** Alongamentos e posturas suaves com respiração lenta. Conte ao professor sobre
  articulações doloridas ou inchadas, para que ele possa sugerir adaptações.
- **Exercícios de respiração.** Inspire pelo nariz contando até quatro e depois solte o ar
  devagar contando até seis. Repita por alguns minutos.
- **Exercício leve**, como caminhada ou natação, no ritmo que as suas articulações e a sua
  energia permitirem.
- **Conversar.** Um amigo, um grupo de apoio ou um psicólogo com formação em abordagens como
  a terapia cognitivo-comportamental (TCC) podem ajudar você a lidar com a situação.

## Sono

Tanto dormir pouco quanto dormir demais pode desencadear a enxaqueca. O sono ruim também
pode fazer a dor, o cansaço e os surtos parecerem piores.

- Deite-se e levante-se mais ou menos nos mesmos horários todos os dias, inclusive nos fins
  de semana.
- Mantenha o quarto escuro, fresco e silencioso.
- Diminua a cafeína depois do meio-dia, e as telas na última hora antes de dormir.
- Se a dor, a secura ou as idas ao banheiro continuarem acordando você, conte ao seu
  profissional de saúde. Pode haver ajuda para a causa.

## Água

Não beber líquidos suficientes é um gatilho de enxaqueca comum e fácil de passar
despercebido. Alguns medicamentos, o calor, o exercício e doenças como a síndrome de Sjögren
facilitam ficar com falta de líquidos.

- Mantenha uma garrafa de água por perto e beba aos poucos ao longo do dia.
- Beba mais no calor ou quando estiver em atividade.
- Urina amarelo-clara é um sinal aproximado de que você está bebendo o suficiente.

Se você tem problemas nos rins ou no coração, pergunte ao seu profissional de saúde qual
quantidade de líquidos é adequada para você.

## Acompanhe

O registro diário do Overlap registra suas horas de sono, seu estresse de 0 a 10 e a água
que você bebe. Depois de algumas semanas, as análises podem mostrar se os dias de pouco sono
ou de muito estresse costumam vir antes das suas crises. Elas mostram associações, não
provas, mas podem sugerir por onde começar.
""",
    },
    "food-and-inflammation": {
        "title": "Alimentação, gatilhos e inflamação",
        "summary": "Como lidar com a alimentação quando você tem enxaqueca e uma doença autoimune: evitar os seus próprios gatilhos conhecidos, como o glúten na doença celíaca, e comer de um jeito que ajude a manter a inflamação baixa.",
        "body": """Nenhuma dieta, sozinha, trata a enxaqueca ou as doenças autoimunes. Mas o que você come, e
quando come, pode afetar as duas. Esta página trata de duas ideias: manter distância dos
seus próprios gatilhos conhecidos, e comer de um jeito que ajude a manter a inflamação
baixa.

## Gatilhos conhecidos

Um *gatilho* é algo que torna uma crise ou um surto mais provável para uma pessoa
específica. Os gatilhos variam de pessoa para pessoa, e um gatilho sozinho pode não ser
suficiente. Muitas vezes são necessários vários juntos, como dormir mal, mais uma refeição
pulada, mais estresse.

Os gatilhos ligados à alimentação que as pessoas costumam relatar incluem:

- **pular ou atrasar refeições**, um dos mais comuns,
- álcool, principalmente vinho tinto,
- cafeína demais, ou ficar sem ela de repente,
- **glúten**, para pessoas com doença celíaca. Ele está presente no trigo, na cevada e no
  centeio.

Se você tem doença celíaca, evitar completamente o glúten é essencial. Isso acalma a reação
do sistema imunológico no intestino, e algumas pessoas percebem que também têm menos crises
de enxaqueca. Veja *Doença celíaca e enxaqueca* para saber mais.

### Evite cortar alimentos demais

É tentador cortar muitos alimentos de uma vez. Mas isso pode tornar a alimentação
estressante e deixar você com falta de nutrientes. A menos que você tenha uma doença
confirmada, como a doença celíaca, é melhor testar um gatilho suspeito de cada vez. Faça
anotações no Overlap e depois olhe o padrão com seu profissional de saúde ou com um
nutricionista.

## Comer para manter a inflamação baixa

Algumas formas de se alimentar parecem ajudar a manter a inflamação mais baixa, embora as
evidências de que elas mudem a enxaqueca ou os surtos autoimunes ainda sejam limitadas. A
alimentação no estilo mediterrâneo é a mais estudada. Ela inclui:

- muitas **frutas, legumes e verduras** de várias cores,
- grãos integrais (sem glúten, se você tem doença celíaca), feijões e lentilhas,
- castanhas e nozes, sementes e azeite de oliva,
- peixes gordurosos, como salmão, sardinha ou cavala, que são ricos em gorduras **ômega-3**,
  cerca de duas vezes por semana,
- menos carne processada, menos bebidas açucaradas e menos alimentos ultraprocessados.

Acredita-se que as gorduras ômega-3 acalmem a inflamação. Fontes vegetais incluem nozes,
linhaça e sementes de chia. Algumas pessoas tomam cápsulas de óleo de peixe. Confirme antes
com seu profissional de saúde, principalmente se você toma medicamentos que afinam o sangue.

Essa forma de se alimentar também faz bem ao coração. Isso importa porque várias doenças
autoimunes aumentam o risco de doenças do coração.

## Refeições regulares

Comer em horários regulares mantém o açúcar no sangue estável, o que pode ajudar a prevenir
crises. Se as manhãs são difíceis por causa da rigidez ou do enjoo, deixe algo simples
pronto, como iogurte, uma fruta ou uma barrinha de cereal sem glúten.

## Converse com um profissional

Um nutricionista pode ajudar você a planejar refeições adequadas para as duas doenças. Ele
pode levar em conta alergias, medicamentos que afetam o apetite e o açúcar no sangue, como
os corticoides, e os seus próprios objetivos.
""",
    },
    "using-your-diary": {
        "title": "Como usar o seu diário para perceber padrões",
        "summary": "Como usar o diário, o registro diário e a linha do tempo do Overlap para ver como as suas crises de enxaqueca e os seus surtos autoimunes se relacionam, e como interpretar as análises com cuidado.",
        "body": """A memória não é um bom registro da dor. Depois de algumas semanas, a maioria de nós não
consegue dizer quantos dias ruins teve nem o que veio antes deles. Um diário preenche essa
lacuna. O Overlap foi feito para registrar a enxaqueca e a doença autoimune no mesmo lugar,
para que você possa ver como elas variam juntas.

## O que registrar

- **Crises de enxaqueca.** Quando a crise começou e terminou, o quanto ela foi forte no pior
  momento (0 a 10), se você teve aura, outros sintomas, o quanto ela impediu você de fazer
  as coisas, e quaisquer gatilhos de que você suspeite. Se uma crise ainda estiver
  acontecendo, você pode encerrá-la depois.
- **Surtos.** Qual doença teve o surto, quando o surto começou e terminou, o quanto ele foi
  forte, e os seus sintomas.
- **Medicamentos e doses.** Adicione seus medicamentos uma vez e depois registre cada dose
  quando tomar, incluindo os analgésicos para dor nas articulações.
- **Registro diário.** Uma anotação rápida das suas horas de sono, estresse, água, qualquer
  glúten, fadiga e dor nas articulações. Se quiser, você também pode registrar a sua
  menstruação.

Você não precisa preencher tudo. Registros curtos e regulares são mais úteis do que
registros longos de vez em quando.

## Como ler a sua linha do tempo

A linha do tempo mostra lado a lado as crises, os surtos, as doses e os registros diários.
Procure:

- dias de enxaqueca que se acumulam perto dos surtos,
- crises que vêm depois de noites curtas, dias estressantes, glúten ou da sua menstruação,
- com que frequência você toma remédios para as crises.

O Overlap conta **dias de enxaqueca**. Um dia conta se havia uma crise acontecendo em
qualquer momento daquele dia, no seu próprio fuso horário. Assim, uma crise que vai da noite
de segunda-feira até a manhã de quarta-feira conta como três dias. Os números mensais são
calculados por 30 dias.

## Análises

Quando você tiver registros suficientes, o Overlap calcula alguns números para você.

- **Dias de enxaqueca durante os surtos comparados com outros períodos.** Cada surto pode
  ser ampliado em alguns dias antes e depois, porque as crises podem vir logo antes ou logo
  depois dele. Você escolhe quantos dias.
- **O momento em relação aos surtos.** Com que frequência um dia de enxaqueca cai em cada
  dia, desde duas semanas antes do início de um surto até duas semanas depois.
- **Possíveis gatilhos.** Se os dias de enxaqueca são mais prováveis em dias com pouco sono,
  muito estresse, glúten, menstruação ou pouca água, ou logo depois deles.

Quando há poucos dados, o Overlap avisa, em vez de mostrar um número que poderia enganar
você. Cada resultado vem com um intervalo. Um intervalo amplo significa que a resposta ainda
é incerta.

> Uma associação não é o mesmo que uma causa. Se as crises muitas vezes vêm depois de noites
> mal dormidas, as duas coisas podem ser causadas por algo diferente, como dor durante a
> noite. Use as análises para começar uma conversa com seu profissional de saúde, e não para
> chegar a uma conclusão por conta própria.

## Avisos e alertas

O Overlap pode mostrar um aviso tranquilo se os seus dias com remédios para as crises, ou
com analgésicos, estiverem se aproximando dos níveis ligados à cefaleia por uso excessivo de
medicamentos. Ele também pode mostrar um aviso se os seus dias de dor de cabeça
corresponderem ao padrão da enxaqueca crônica, ou se você registrar um triptano enquanto tem
uma doença que afeta os vasos sanguíneos. Os avisos nunca bloqueiam nada. Eles sugerem algo
para conversar com seu profissional de saúde, e cada um leva a uma página que explica o
assunto: *Entendendo a cefaleia por uso excessivo de medicamentos*, *Entendendo a enxaqueca
crônica* e *Medicamentos que exigem cuidado extra*.

Dois números sobre medicamentos podem parecer iguais, mas respondem a perguntas diferentes.
Os *dias com um medicamento para crise* são os dias em que você tomou algo para tratar uma
dor de cabeça ou uma enxaqueca. Os *dias que contam para o uso excessivo* dependem do tipo
de medicamento, seja qual for o motivo: o ibuprofeno para as articulações conta aí, enquanto
um gepanto para uma crise conta só no primeiro número.

## Compartilhar

Você pode permitir que um profissional de saúde veja uma versão somente leitura da sua linha
do tempo e um relatório para imprimir, e parar de compartilhar a qualquer momento. Você
também pode ver quem olhou os seus dados, e baixar ou apagar todos eles.
""",
    },
    "working-with-your-care-team": {
        "title": "Trabalhando com a sua equipe de saúde",
        "summary": "Por que o cuidado compartilhado entre a neurologia e a reumatologia é importante, o que envolve o acompanhamento regular, como aproveitar melhor as consultas, e quais dores de cabeça precisam de ajuda rápida.",
        "body": """Com enxaqueca e uma doença autoimune, vários profissionais podem estar envolvidos no seu
cuidado. Entre eles podem estar o seu médico de família ou clínico geral, um neurologista
(médico do cérebro e dos nervos), um reumatologista (médico das articulações e das doenças
do sistema imunológico) e, talvez, enfermeiros, farmacêuticos, nutricionistas ou terapeutas.
Cada um vê uma parte do quadro. O cuidado funciona melhor quando eles compartilham o que
sabem.

## Por que o cuidado compartilhado é importante

- **Os tratamentos influenciam uns aos outros.** Um triptano adequado para uma pessoa pode
  não ser adequado para alguém com vasculite. Os analgésicos tomados para as articulações
  podem aumentar as dores de cabeça. Os corticoides dados para um surto podem afetar o sono
  e o humor.
- **Os sintomas se sobrepõem.** Fadiga, névoa mental e dor de cabeça podem vir de qualquer
  uma das duas doenças. Olhar as duas juntas ajuda a não deixar passar algo, nem tratar o
  mesmo problema duas vezes.
- **Um só plano é mais fácil de seguir** do que dois planos que não se encaixam.

Você pode ajudar mantendo uma lista atualizada de todos os seus medicamentos, incluindo os
que você compra por conta própria e quaisquer suplementos. Você também pode pedir a cada
profissional de saúde que envie cópias dos seus relatórios aos outros.

## Acompanhamento regular

Acompanhamento significa fazer avaliações regulares, mesmo quando as coisas parecem
estáveis. Dependendo das suas doenças e dos seus medicamentos, ele pode incluir:

- exames de sangue para medicamentos como o metotrexato, e para verificar a inflamação, os
  rins e o fígado,
- medição da pressão arterial e uma avaliação da saúde do seu coração e dos seus vasos
  sanguíneos,
- uma revisão dos seus dias de enxaqueca e de com que frequência você toma remédios para as
  crises,
- exames dos olhos ou dos nervos.

## Como aproveitar melhor uma consulta

- Antes de ir, olhe a sua linha do tempo no Overlap, ou imprima um relatório que cubra o
  período desde a sua última consulta.
- Anote as suas três perguntas mais importantes.
- Fale de qualquer mudança no seu padrão habitual de dor de cabeça.
- Pergunte o que fazer se as coisas piorarem, e com quem entrar em contato.

Você pode escolher compartilhar os seus dados do Overlap com um profissional de saúde, e
parar de compartilhar a qualquer momento.

## Quando buscar ajuda rapidamente

A maioria das dores de cabeça não é sinal de nada grave. Mas algumas precisam de atendimento
rápido. Os médicos usam listas de sinais de alerta para identificar as dores de cabeça que
podem ter outra causa; uma lista muito usada se chama SNNOOP10. Os sinais abaixo seguem esse
tipo de lista.

**Ligue para o serviço de emergência** se uma dor de cabeça:

- começar de repente e chegar ao seu pior em cerca de um minuto,
- vier com fraqueza, dormência, o rosto caído, fala arrastada ou confusão,
- vier depois de uma pancada na cabeça, ou vier com convulsão ou desmaio.

**Procure orientação médica no mesmo dia** se:

- você tiver dor de cabeça com febre, rigidez no pescoço ou manchas na pele, principalmente
  se tomar medicamentos que acalmam o sistema imunológico,
- você estiver grávida, ou tiver dado à luz nas últimas semanas, e tiver uma dor de cabeça
  nova ou fora do comum, principalmente com alterações na visão, inchaço ou pressão alta,
- a sua dor de cabeça mudar com a posição do corpo: muito pior quando você fica em pé ou se
  senta e melhor quando se deita, ou o contrário,
- você tiver mais de 50 anos e este for um tipo novo de dor de cabeça para você,
  principalmente com o couro cabeludo sensível ao toque, dor na mandíbula ao mastigar ou
  alterações na visão,
- a sua aura estiver diferente do habitual, durar mais de uma hora ou vier com fraqueza de
  um lado do corpo.

**Marque uma consulta em breve** se:

- a sua dor de cabeça for nova, diferente e estiver piorando aos poucos ao longo de dias ou
  semanas,
- as dores de cabeça forem provocadas por tosse, espirro, esforço ou exercício,
- você já teve câncer, ou tem uma doença ou faz um tratamento que enfraquece o sistema
  imunológico, e surgir uma dor de cabeça nova,
- você estiver tomando analgésicos ou remédios para enxaqueca na maior parte dos dias.

Se você estiver em dúvida, perguntar é sempre uma boa ideia.
""",
    },
}
