"""Spanish translations of Overlap's education pages, frozen for migration
0011_seed_page_translations. Translated from the English text of education/migrations/_content_0007.py.
Not a migration itself: the loader skips modules whose name starts with "_"."""

import datetime

REVIEWED_ON = datetime.date(2026, 12, 1)

PAGES: dict[str, dict[str, str]] = {
    "how-migraine-and-autoimmune-disease-connect": {
        "title": "Cómo se relacionan la migraña y las enfermedades autoinmunes",
        "summary": "Por qué la migraña aparece con más frecuencia en personas con lupus, artritis reumatoide, esclerosis múltiple y otras enfermedades autoinmunes, y qué significan estas relaciones en la vida diaria.",
        "body": """\
Vivir con migraña y con una enfermedad autoinmune puede sentirse como lidiar con dos
problemas distintos. Cada vez más, los investigadores las ven como vecinas que quizá
comparten parte del mismo terreno. Esta página ofrece una visión de conjunto. Las páginas
siguientes examinan cada relación con más detalle, incluido cuánto se sabe y cuánto sigue
siendo una suposición razonable.

## Dos tipos de enfermedad

La **migraña** es una enfermedad frecuente del cerebro y los nervios. Provoca crisis de
dolor de cabeza, a menudo con náuseas y un fuerte rechazo a la luz y al ruido. Algunas
personas también tienen *aura*: cambios breves, por lo general en la vista, antes o durante
el dolor de cabeza.

Una **enfermedad autoinmune** es aquella en la que el sistema inmunitario, la defensa del
cuerpo contra los microbios, confunde partes sanas del cuerpo con una amenaza y las ataca.
El lupus, la artritis reumatoide, la esclerosis múltiple (EM), el síndrome de Sjögren y la
enfermedad celíaca son ejemplos de ello.

## A menudo aparecen juntas

Los médicos usan la palabra *comorbilidad* cuando dos enfermedades aparecen en la misma
persona con más frecuencia de lo que cabría esperar por azar. Los estudios han observado que
la migraña es más frecuente en las personas con lupus, artritis reumatoide y EM que en la
población general. El síndrome de Sjögren y la enfermedad celíaca muestran un patrón
parecido.

Eso no significa que una enfermedad cause la otra. Sugiere que quizá compartan algunas de
sus causas, o algunas de las formas en que actúan en el cuerpo. Gran parte de la evidencia
procede de estudios que comparan grandes grupos de personas, por lo que muestra relaciones,
no pruebas.

## Cinco posibles vínculos

- **Inflamación.** Las enfermedades autoinmunes implican una inflamación duradera: la
  respuesta de alarma y reparación del cuerpo, que se queda encendida. La migraña no es una
  enfermedad inflamatoria en el mismo sentido, pero un tipo de inflamación impulsada por los
  nervios parece intervenir en las crisis.
- **Señales inmunitarias.** Las proteínas mensajeras del sistema inmunitario, y los
  anticuerpos dirigidos contra el propio cuerpo, podrían afectar en algunas personas a los
  nervios que intervienen en la migraña.
- **Genes.** Las dos tienden a repetirse en una misma familia. Todavía se está estudiando si
  algún gen aumenta la probabilidad de tener ambas, y la evidencia hasta ahora es limitada.
- **Vasos sanguíneos.** Varias enfermedades autoinmunes pueden inflamar los vasos
  sanguíneos, y la migraña, sobre todo la migraña con aura, implica cambios en el
  comportamiento de los vasos.
- **Hormonas.** Las dos son más frecuentes en las mujeres. Los cambios en los estrógenos son
  un desencadenante conocido de las crisis de migraña, y algunas personas notan que sus
  síntomas autoinmunes también cambian a lo largo de su ciclo.

## Qué significa esto para usted

Conocer esta superposición puede ayudarle de forma práctica.

- **Puede ser más fácil detectar patrones.** Algunas personas notan que las crisis se
  agrupan en torno a los brotes, o que las mismas cosas, como dormir mal, el estrés o
  saltarse una comida, desencadenan las dos.
- **El tratamiento puede tener en cuenta las dos enfermedades.** Algunos medicamentos para
  la migraña requieren especial cuidado cuando los vasos sanguíneos están afectados. Algunos
  analgésicos para las articulaciones pueden aumentar los dolores de cabeza si se toman con
  frecuencia.
- **Su equipo de atención puede trabajar de forma coordinada.** Un neurólogo (un médico del
  cerebro y los nervios) y un reumatólogo (un médico de las articulaciones y del sistema
  inmunitario) ven cada uno una parte del cuadro.

> Overlap le ayuda a registrar las dos enfermedades una al lado de la otra, para que usted y
> sus profesionales de la salud puedan ver cómo evolucionan juntas. No puede decirle qué está
> causando sus síntomas. Solo un profesional de la salud que conozca su caso puede hacerlo.

## Por dónde seguir

Lea *Inflamación y señales del sistema inmunitario* y *Genes, hormonas y vasos sanguíneos*
para conocer la ciencia. Las páginas sobre cada enfermedad tratan el lupus, la EM, la
artritis reumatoide, el síndrome de Sjögren y la enfermedad celíaca una por una. Las páginas
sobre el manejo describen lo que suele ayudar.
""",
    },
    "inflammation-and-immune-signals": {
        "title": "Inflamación y señales del sistema inmunitario",
        "summary": "Cómo la inflamación duradera, los mensajeros inmunitarios como el TNF-alfa y la IL-6, y los autoanticuerpos podrían relacionar las enfermedades autoinmunes con la migraña.",
        "body": """\
La inflamación es la forma en que el cuerpo responde a un daño. Cuando se corta un dedo, la
piel de alrededor se pone roja, caliente e hinchada mientras el sistema inmunitario limpia y
repara. Ese tipo de inflamación es breve y útil. Se apaga cuando el trabajo está hecho.

## Cuando la inflamación no se apaga

En las enfermedades autoinmunes, el sistema inmunitario sigue reaccionando contra los
tejidos del propio cuerpo. El resultado es una inflamación *crónica*, es decir, que dura
meses o años. A menudo aumenta durante los brotes y se calma entre ellos. Según la
enfermedad, puede afectar a las articulaciones, la piel, las glándulas, los nervios, el
intestino o los vasos sanguíneos.

La migraña no es una enfermedad autoinmune, y la mayoría de los investigadores tampoco la
consideran inflamatoria. Pero durante una crisis sí parece ocurrir algo parecido a una
inflamación. Los nervios que rodean el cerebro liberan sustancias que dilatan los vasos
sanguíneos cercanos y hacen más sensible el tejido que los rodea. Los científicos lo llaman
*inflamación neurógena*, es decir, inflamación iniciada por los nervios. Una de las
principales sustancias implicadas es el CGRP, la diana de varios medicamentos más recientes
para la migraña.

Así que las dos enfermedades podrían compartir un hilo común: una respuesta inflamatoria más
activa de lo que debería. Todavía no se sabe cuán fuerte es ese hilo ni cuánto importa para
cada persona.

## Citocinas: los mensajeros del sistema inmunitario

Las células inmunitarias se comunican entre sí mediante pequeñas proteínas llamadas
**citocinas**. Algunas aumentan la inflamación. Dos que los investigadores miden a menudo
son:

- **TNF-alfa** (factor de necrosis tumoral alfa), un impulsor clave de la inflamación en la
  artritis reumatoide y en otras enfermedades autoinmunes.
- **IL-6** (interleucina 6), que extiende la señal inflamatoria por todo el cuerpo. Es una
  de las razones por las que marcadores como la PCR suben en los análisis de sangre.

Los estudios han encontrado niveles más altos de estas citocinas en personas con
enfermedades autoinmunes, y también en algunas personas con migraña, sobre todo en torno a
las crisis. Las citocinas pueden hacer que los nervios del dolor se activen con más
facilidad, lo que podría ser una de las razones por las que la inflamación y el dolor de
cabeza suelen ir juntos. Algunos de los medicamentos biológicos que se usan para las
enfermedades autoinmunes actúan bloqueando el TNF-alfa o la IL-6.

## Autoanticuerpos

Los anticuerpos son proteínas que normalmente se adhieren a los microbios para que el
sistema inmunitario pueda eliminarlos. Los **autoanticuerpos** son anticuerpos que se
adhieren por error a los tejidos del propio cuerpo. Los análisis de sangre que los detectan
ayudan a los médicos a diagnosticar enfermedades como el lupus y el síndrome de Sjögren.

Algunos autoanticuerpos pueden afectar al sistema nervioso, o a los vasos sanguíneos que lo
irrigan. En algunas personas, esto podría contribuir a los dolores de cabeza o a otros
síntomas del cerebro y los nervios. Tener autoanticuerpos no significa, por sí solo, que
vaya a tener estos problemas.

## Lo que aún no se sabe

Gran parte de esto procede de estudios que comparan grupos de personas. Muestran
relaciones, no pruebas de causa. Los científicos todavía no saben cuánto contribuye la
inflamación a la migraña de cada persona. Por eso cada enfermedad se sigue tratando por sí
misma, sin perder de vista la superposición.

Si quiere saber si la inflamación podría estar influyendo en sus dolores de cabeza, su
profesional de la salud puede revisar con usted sus antecedentes y los resultados de sus
pruebas.
""",
    },
    "genes-hormones-and-blood-vessels": {
        "title": "Genes, hormonas y vasos sanguíneos",
        "summary": "Otros tres vínculos entre la migraña y las enfermedades autoinmunes: las tendencias heredadas, los vasos sanguíneos y la vasculitis, y el efecto de los estrógenos y del ciclo menstrual.",
        "body": """\
La inflamación no es lo único que la migraña y las enfermedades autoinmunes podrían tener en
común. Esta página examina otros tres posibles vínculos: los genes que heredamos, los vasos
sanguíneos y las hormonas.

## Genes: una tendencia familiar

La migraña suele repetirse en una misma familia. Lo mismo ocurre con muchas enfermedades
autoinmunes. Si uno de los padres tiene migraña, es más probable que sus hijos la tengan, y
lo mismo sucede con muchas enfermedades autoinmunes.

Grandes estudios genéticos han encontrado más de cien lugares de nuestro ADN que aumentan
cada uno un poco el riesgo de migraña. Muchos de ellos están activos en los nervios y los
vasos sanguíneos. Algunos investigadores creen que unos pocos genes que intervienen en el
control inmunitario podrían influir tanto en la migraña como en las enfermedades
autoinmunes, pero esto no se ha demostrado con claridad, y la evidencia hasta ahora es
limitada. Lo que sí está claro es que el riesgo heredado es una *tendencia*, no una
certeza. Muchas personas que portan estos genes nunca llegan a tener ninguna de las dos
enfermedades. Las hormonas, las infecciones, el estilo de vida y el azar también influyen.

## Vasos sanguíneos

Los vasos sanguíneos llevan oxígeno y nutrientes a todas las partes del cuerpo, incluido el
cerebro. Algunas enfermedades autoinmunes pueden inflamar las paredes de los vasos
sanguíneos. Esto se llama **vasculitis**. Puede ocurrir en el lupus, rara vez en la artritis
reumatoide que lleva mucho tiempo activa, y en las enfermedades en las que la vasculitis es
el problema principal.

La migraña también implica a los vasos sanguíneos, aunque hoy los científicos creen que son
los nervios, y no los vasos, los que inician una crisis. En la **migraña con aura**, una
onda lenta de actividad nerviosa alterada se extiende por la superficie del cerebro, y el
flujo sanguíneo cambia con ella. Esta onda causa síntomas de aura como líneas en zigzag o un
punto ciego.

## Dos tipos de coágulo

Conviene distinguir dos tipos de coágulo, porque cada uno aumenta por causas distintas.

- Los **coágulos en las arterias**, los vasos que llevan la sangre desde el corazón, pueden
  causar un infarto o un ictus. La migraña con aura se asocia a un pequeño aumento del
  riesgo de este tipo de ictus, y el riesgo es mayor en las personas que fuman o que toman
  medicamentos con estrógenos. Aquí es donde más importan los medicamentos que estrechan los
  vasos sanguíneos, como los triptanes.
- Los **coágulos en las venas**, como una trombosis venosa profunda en la pierna o un
  coágulo que viaja a los pulmones, aumentan con los medicamentos con estrógenos, el
  embarazo, la cirugía y los periodos largos sin moverse. No se sabe que los triptanes
  aumenten este tipo de riesgo.

Algunas enfermedades aumentan los dos. El **síndrome antifosfolípido**, que puede acompañar
al lupus, hace que la sangre coagule con más facilidad tanto en las arterias como en las
venas.

## Hormonas

Tanto la migraña como la mayoría de las enfermedades autoinmunes son más frecuentes en las
mujeres. La migraña afecta a unas tres veces más mujeres que hombres. Las mujeres también
son la mayoría de las personas con lupus, síndrome de Sjögren y artritis reumatoide.

Parte de la razón podría ser la hormona llamada **estrógeno**. Los estrógenos influyen en el
comportamiento del sistema inmunitario y en la sensibilidad de las vías del dolor del
cerebro. En la migraña, lo que más parece importar es un *cambio* en los estrógenos, sobre
todo una bajada. Los estrógenos bajan justo antes de la menstruación. Por eso muchas mujeres
tienen crisis desde unos dos días antes de que empiece el sangrado hasta tres días después.
Algunas personas también notan cambios en sus síntomas autoinmunes en ciertos momentos de
su ciclo, aunque esto está menos estudiado.

Los cambios hormonales más grandes, como el embarazo, los meses después del parto y la
menopausia, pueden modificar las dos enfermedades. A veces mejoran y a veces empeoran.

Si tiene menstruaciones, puede elegir registrarlas en Overlap. Al cabo de unos meses, esto
puede mostrar si sus crisis o sus brotes siguen su ciclo.

> Si tiene migraña con aura, o anticuerpos antifosfolípidos, hable con su profesional de la
> salud antes de empezar cualquier medicamento que contenga estrógenos, incluidas algunas
> píldoras anticonceptivas. Los métodos con solo progestágeno y los métodos no hormonales
> suelen ser una alternativa adecuada.
""",
    },
    "migraine-with-and-without-aura": {
        "title": "Migraña con y sin aura: lo básico",
        "summary": "Qué es una crisis de migraña, en qué se diferencia la migraña con aura de la migraña sin aura y cuándo los médicos hablan de migraña crónica.",
        "body": """\
La migraña es mucho más que un dolor de cabeza fuerte. Es una enfermedad del cerebro y los
nervios que causa crisis repetidas. Entre una crisis y otra, la mayoría de las personas se
encuentran bien. Aproximadamente una de cada siete personas en el mundo tiene migraña.

## Cómo es una crisis

Los médicos describen la migraña según la Clasificación Internacional de las Cefaleas, 3.ª
edición, conocida como ICHD-3. Puede consultarla en [ichd-3.org](https://ichd-3.org/). En
palabras sencillas, una crisis típica:

- dura de 4 horas a 3 días si no se trata,
- suele afectar a un solo lado de la cabeza, y es pulsátil o palpitante,
- es moderada o intensa, y empeora con la actividad cotidiana, como subir escaleras,
- se acompaña de náuseas o vómitos, o de una sensación de que la luz y el ruido son
  excesivos.

Muchas personas notan señales tempranas más o menos un día antes, como bostezos, antojos de
comida, rigidez en el cuello o ánimo bajo. Después pueden sentirse agotadas durante un día.
Algunas personas lo llaman la «resaca» de la migraña.

## Migraña sin aura

Es el tipo más frecuente. El dolor de cabeza y los demás síntomas aparecen sin cambios
previos de aviso en la vista o en la sensibilidad.

## Migraña con aura

Aproximadamente una de cada cuatro personas con migraña tiene aura, al menos algunas veces.
Un aura es un episodio breve de síntomas que proceden del cerebro y que luego desaparecen
por completo. Cada síntoma suele aparecer poco a poco a lo largo de varios minutos y dura
entre 5 y 60 minutos. Algunos ejemplos frecuentes son:

- líneas en zigzag, luces destellantes o un punto ciego brillante,
- hormigueo que sube lentamente por una mano y un brazo, o alrededor de la boca,
- dificultad para encontrar las palabras.

El dolor de cabeza suele llegar en menos de una hora, pero un aura también puede aparecer
sola. El aura se asocia a cambios en el flujo sanguíneo del cerebro. Esta es una de las
razones por las que importa cuando una enfermedad autoinmune también afecta a los vasos
sanguíneos.

### Tipos de aura menos frecuentes

Unas pocas personas tienen auras de un tipo menos común. En la **migraña hemipléjica**, el
aura incluye debilidad en un lado del cuerpo. En la **migraña con aura del tronco
encefálico**, incluye síntomas como visión doble, dificultad para articular las palabras,
vértigo (sensación de que todo gira) o inestabilidad. Estas auras requieren la valoración
de un especialista, porque se parecen a otras enfermedades que hay que descartar, y porque
algunos medicamentos para la migraña, entre ellos los triptanes, suelen evitarse en estos
casos. Si alguna vez su aura incluye debilidad, dígaselo a su profesional de la salud.

## Migraña crónica

Los médicos hablan de *migraña crónica* cuando el dolor de cabeza aparece 15 o más días al
mes durante más de tres meses, y al menos 8 de esos días tienen características de migraña.
Overlap cuenta *días de migraña* y *días de dolor de cabeza*, no crisis, para que pueda ver
cómo se comparan sus cifras. Una crisis que continúa durante la noche cuenta en cada uno de
los días que abarca. La página *La migraña crónica, explicada* cuenta más sobre lo que
significa el término y lo que puede ayudar.

## Por qué importa el diagnóstico

Otros tipos de dolor de cabeza pueden parecerse a la migraña. En las personas con una
enfermedad autoinmune, un dolor de cabeza nuevo o distinto tiene a veces otra causa que hay
que comprobar. Overlap nunca hace diagnósticos. Si sus dolores de cabeza cambian, se vuelven
mucho más frecuentes o se sienten distintos de lo habitual, hable con su profesional de la
salud.
""",
    },
    "lupus-and-migraine": {
        "title": "Lupus y migraña",
        "summary": "Por qué los dolores de cabeza, incluida la migraña, son frecuentes en el lupus eritematoso sistémico, cómo el lupus puede afectar a los nervios y a los vasos sanguíneos, y a qué prestar atención.",
        "body": """\
El **lupus eritematoso sistémico**, que suele llamarse simplemente lupus, es una enfermedad
autoinmune que puede afectar a muchas partes del cuerpo. Entre ellas están la piel, las
articulaciones, los riñones, la sangre, el corazón, los pulmones y el sistema nervioso. El
lupus tiende a ir y venir. Los periodos en que está más activo se llaman *brotes*.

## ¿Son frecuentes los dolores de cabeza en el lupus?

El dolor de cabeza es uno de los síntomas que las personas con lupus mencionan con más
frecuencia. Los estudios sugieren que la migraña es más frecuente en las personas con lupus
que en las personas sin lupus. En la mayoría de los casos, estos dolores de cabeza se
comportan como una migraña o una cefalea tensional comunes, y se tratan de la forma
habitual.

## Por qué el lupus y la migraña podrían estar relacionados

- **El sistema nervioso.** El lupus puede afectar al cerebro y los nervios. Los médicos lo
  llaman *lupus neuropsiquiátrico*. El dolor de cabeza es una posible señal, junto con
  otras como problemas de memoria, cambios en el estado de ánimo o, rara vez, convulsiones.
- **Los vasos sanguíneos.** El lupus puede inflamar los vasos sanguíneos, lo que se llama
  *vasculitis*. Rara vez afecta a los vasos del cerebro, y los vasos inflamados pueden no
  llevar la sangre con la fluidez habitual.
- **Los anticuerpos antifosfolípidos.** Algunas personas con lupus tienen estos
  autoanticuerpos, que hacen que la sangre coagule con más facilidad, tanto en las arterias
  como en las venas. Algunos estudios los han relacionado con dolores de cabeza, y son
  importantes a la hora de elegir medicamentos.
- **La inflamación y las hormonas.** Los mensajeros inmunitarios y los cambios hormonales
  podrían hacer que las crisis de migraña se desencadenen con más facilidad en algunas
  personas con lupus.

## Opciones de tratamiento

El tratamiento del lupus suele incluir hidroxicloroquina y, a veces, corticoides u otros
medicamentos que calman el sistema inmunitario. Su equipo tendrá en cuenta su lupus al
elegir el tratamiento de la migraña. Los triptanes, por ejemplo, estrechan los vasos
sanguíneos. Pueden no ser adecuados para personas con lupus que tienen vasculitis, fenómeno
de Raynaud (dedos que se ponen blancos o azulados con el frío), enfermedad del corazón, un
ictus previo o síndrome antifosfolípido con coágulos en las arterias. Los analgésicos como
el ibuprofeno también pueden requerir precaución si el lupus afecta a sus riñones, y los
medicamentos con estrógenos requieren hablarlo antes si tiene anticuerpos antifosfolípidos.

## Cuándo hay que revisar un dolor de cabeza

La mayoría de los dolores de cabeza en el lupus no son peligrosos. Aun así, pida consejo
médico sin demora si un dolor de cabeza:

- es nuevo, o claramente distinto de su patrón habitual,
- viene con fiebre, confusión, una convulsión, debilidad, entumecimiento o cambios en la
  vista,
- aparece durante un brote junto con otros síntomas nuevos,
- empieza durante el embarazo o en las semanas posteriores al parto.

Si un dolor de cabeza es repentino e intenso, o viene con debilidad en un lado del cuerpo,
dificultad para hablar o la cara caída, llame de inmediato a los servicios de emergencia.
La página *Trabajar con su equipo de atención* enumera las demás señales de alarma.

## Usar Overlap con lupus

Registrar los brotes de lupus y las crisis de migraña en un mismo lugar puede mostrar si sus
dolores de cabeza aumentan cuando el lupus está activo. Lleve su cronología o su informe a
las consultas, para que su reumatólogo y su neurólogo puedan ver el mismo cuadro.
""",
    },
    "multiple-sclerosis-and-migraine": {
        "title": "Esclerosis múltiple y migraña",
        "summary": "Cómo se superponen la esclerosis múltiple y la migraña, desde la inflamación en el sistema nervioso central hasta síntomas compartidos como el dolor de cabeza, la fatiga y los cambios en el pensamiento.",
        "body": """\
La **esclerosis múltiple (EM)** es una enfermedad en la que el sistema inmunitario ataca el
*sistema nervioso central*: el cerebro, la médula espinal y los nervios de los ojos. Su
principal objetivo es la *mielina*, la capa grasa que recubre las fibras nerviosas. La
mielina funciona como el plástico que rodea un cable eléctrico y ayuda a que las señales
viajen deprisa. Su pérdida se llama **desmielinización**. Donde la mielina está dañada, los
mensajes se hacen más lentos o se confunden, y esto causa los síntomas de la EM.

## La migraña es frecuente en la EM

El dolor de cabeza, y en particular la migraña, es más frecuente en las personas con EM que
en la población general. Algunos estudios sugieren que la migraña también podría ser más
frecuente o más intensa en las personas que tienen las dos enfermedades.

## Por qué pueden superponerse

Las dos enfermedades afectan al sistema nervioso central, y la EM implica inflamación en él.
En la EM pueden formarse zonas de inflamación y daño (llamadas lesiones) en partes del
cerebro que ayudan a controlar el dolor. En algunas personas, esto parece hacer más
probables los dolores de cabeza.

La superposición también se nota en el día a día. La EM y la migraña pueden traer las dos:

- dolor de cabeza,
- *fatiga*, un cansancio pesado que no se alivia con el descanso,
- cambios cognitivos, es decir, dificultad para concentrarse, recordar o encontrar las
  palabras, lo que a menudo se llama niebla mental,
- cambios en la vista o en la sensibilidad, como hormigueo.

Como los síntomas se superponen, puede ser difícil saber qué enfermedad causa cada cosa. Un
aura de migraña con hormigueo suele extenderse despacio y desaparece en menos de una hora.
Los síntomas de un brote de EM suelen aumentar a lo largo de horas o días y duran más de un
día. Su neurólogo puede ayudarle a distinguirlos.

## Pruebas de imagen

Las resonancias del cerebro de las personas con migraña muestran a veces pequeñas manchas
brillantes en la sustancia blanca, el cableado más profundo del cerebro. Pueden parecerse
un poco a las lesiones de la EM. Para distinguirlas, los médicos se fijan en el tamaño, la
forma y la ubicación de las manchas, y en sus síntomas. Si tiene migraña y le han hablado de
manchas en una prueba de imagen, pregunte a su neurólogo qué significan en su caso.

## Medicamentos

Algunos tratamientos para la EM incluyen el dolor de cabeza entre sus posibles efectos
secundarios, sobre todo en las primeras semanas. Registre sus medicamentos y dosis en
Overlap, para poder ver si los dolores de cabeza cambiaron después de empezar algo nuevo.

### Si también tiene una artritis inflamatoria

Algunas personas tienen EM junto con artritis reumatoide u otra enfermedad inflamatoria. Un
grupo de medicamentos para esas enfermedades, los **inhibidores del TNF** (como
adalimumab, etanercept e infliximab), suele evitarse en las personas con EM. En un ensayo en
EM, un medicamento que bloqueaba el TNF hizo más frecuentes los brotes, y los inhibidores
del TNF se han relacionado con nueva desmielinización en un pequeño número de personas. Si
tiene EM, asegúrese de que lo sepa cada profesional de la salud que le receta medicamentos
para las articulaciones, la piel o el intestino.

## Hable con su profesional de la salud si

- sus dolores de cabeza cambian su patrón habitual,
- aparecen síntomas nuevos que duran más de 24 horas,
- los cambios en la vista, la debilidad o el entumecimiento no desaparecen después de una
  crisis.

Registrar las crisis de migraña, los brotes de EM y la fatiga diaria en un mismo diario
facilita estas conversaciones, porque puede señalar fechas en lugar de depender de la
memoria.
""",
    },
    "rheumatoid-arthritis-and-migraine": {
        "title": "Artritis reumatoide y migraña",
        "summary": "Qué comparten la artritis reumatoide y la migraña, como la inflamación crónica y desencadenantes como el estrés y el esfuerzo físico, y cómo los analgésicos para las articulaciones pueden aumentar los dolores de cabeza.",
        "body": """\
La **artritis reumatoide (AR)** es una enfermedad autoinmune en la que el sistema
inmunitario ataca el revestimiento de las articulaciones. Esto causa dolor, hinchazón y
rigidez, a menudo en las articulaciones pequeñas de las manos y los pies y a menudo en los
dos lados del cuerpo. La rigidez suele ser peor por la mañana. La AR también puede causar
cansancio y, con menos frecuencia, afectar a los ojos, los pulmones o los vasos sanguíneos.

## Una combinación más frecuente de lo que cabría pensar

Se ha observado migraña con más frecuencia en las personas con AR que en las personas sin
ella. Las razones todavía se están estudiando, pero destacan algunas ideas.

- **Inflamación crónica.** La AR mantiene encendida la inflamación del cuerpo. Mensajeros
  como el TNF-alfa y la IL-6 están elevados en la AR activa, y también podrían hacer más
  sensibles las vías del dolor de la cabeza.
- **Desencadenantes compartidos.** El estrés, dormir mal y el esfuerzo físico pueden
  desencadenar tanto un brote de AR como una crisis de migraña. Una semana dura en el
  trabajo, una mudanza o un día largo de pie pueden afectarle por partida doble.
- **El dolor puede llevar a más dolor.** Vivir con dolor continuo puede hacer más sensible
  todo el sistema nervioso, de modo que los dolores de cabeza pueden sentirse peor o
  aparecer más a menudo.

## Analgésicos para las articulaciones y dolores de cabeza

Muchas personas con AR toman antiinflamatorios no esteroideos (AINE), como el ibuprofeno o
el naproxeno, la mayoría de los días. Pueden aliviar el dolor articular. Pero tomar
analgésicos muchos días al mes puede provocar una *cefalea por uso excesivo de medicación*:
un dolor de cabeza diario o casi diario causado por los propios analgésicos. Cuentan los
AINE que toma para las articulaciones, no solo los que toma para la migraña. Overlap cuenta
sus días con analgésicos y le avisa con antelación. La página *La cefalea por uso excesivo
de medicación, explicada* tiene los detalles.

Los AINE también tienen sus propias precauciones. Tomados con regularidad, pueden subir la
presión arterial, irritar el estómago o hacerlo sangrar, sobrecargar los riñones y aumentar
ligeramente el riesgo de infarto y de ictus, más con unos AINE que con otros. Su
profesional de la salud valorará todo esto con usted.

## Tratar la migraña teniendo en cuenta la AR

Las personas con AR tienen un riesgo de enfermedad del corazón y de los vasos sanguíneos
mayor que la media. Esto puede influir en si los triptanes, que estrechan los vasos
sanguíneos, son una buena opción para usted. Su profesional de la salud lo valorará. Los
medicamentos para la AR que calman el sistema inmunitario, como el metotrexato y los
biológicos, reducen la inflamación en todo el cuerpo. Algunas personas notan que sus
dolores de cabeza se alivian cuando la AR está bien controlada, aunque esto no se ha
estudiado bien.

Si además de AR tiene esclerosis múltiple, dígaselo a su reumatólogo: los inhibidores del
TNF, un grupo de biológicos, suelen evitarse en la EM.

## Dolor de cuello

A veces la AR afecta a las articulaciones de la parte alta del cuello, lo que puede causar
dolor en la parte posterior de la cabeza. Si tiene dolor de cuello nuevo junto con
hormigueo, debilidad o torpeza en los brazos o las piernas, pida consejo médico
rápidamente.

## Consejos

- Registre en Overlap los brotes, las crisis de migraña y su estrés diario, y anote el
  esfuerzo físico como desencadenante, para ver si evolucionan juntos.
- Dosifique sus fuerzas: divida las tareas grandes en otras más pequeñas con descansos
  entre ellas.
- Comparta su cronología con su reumatólogo y con el profesional de la salud que trata su
  migraña.
""",
    },
    "sjogrens-and-migraine": {
        "title": "Síndrome de Sjögren y migraña",
        "summary": "Cómo el síndrome de Sjögren, que afecta sobre todo a las glándulas que mantienen húmedos los ojos y la boca, puede afectar a los nervios y empeorar los dolores de cabeza.",
        "body": """\
El **síndrome de Sjögren** (se pronuncia aproximadamente «shóguren») es una enfermedad
autoinmune en la que el sistema inmunitario ataca las glándulas que producen humedad, sobre
todo las lágrimas y la saliva. Los síntomas más conocidos son la sequedad de ojos y de boca.
Muchas personas también tienen cansancio, dolor en las articulaciones y piel seca. El
síndrome de Sjögren puede aparecer solo, o junto con otra enfermedad autoinmune como el
lupus o la artritis reumatoide.

## Relación con la migraña

Los dolores de cabeza, incluida la migraña, parecen ser frecuentes en las personas con
síndrome de Sjögren. La relación parece más fuerte en las personas cuyo síndrome de Sjögren
también afecta al sistema nervioso, aunque los estudios son pequeños.

## Nervios y neuropatía

En algunas personas, el síndrome de Sjögren afecta a los nervios. El daño en los nervios
que están fuera del cerebro y la médula espinal se llama **neuropatía**. Puede causar ardor,
hormigueo, entumecimiento o dolor, a menudo en los pies y las manos y a veces en la cara.
También pueden verse afectados los nervios que se ocupan de cosas como la frecuencia
cardíaca, la sudoración y la presión arterial.

Los nervios irritados o dañados pueden hacer más sensible todo el sistema del dolor. Esto
podría hacer que los dolores de cabeza sean más frecuentes o más difíciles de calmar. Si
nota ardor, entumecimiento u hormigueo nuevos, coménteselo a su profesional de la salud.
Hay pruebas que pueden comprobar cómo funcionan sus nervios.

## Cosas cotidianas que se suman

La propia sequedad puede contribuir a los dolores de cabeza.

- Los ojos secos e irritados pueden hacer molestas la luz intensa y las pantallas, y la luz
  intensa es un desencadenante frecuente de la migraña.
- La boca seca puede dificultar beber lo suficiente y alterar el sueño. Dormir mal y no
  beber lo suficiente son dos desencadenantes frecuentes.
- Algunos medicamentos empeoran la sequedad. Un ejemplo es la amitriptilina, un medicamento
  más antiguo que se usa para prevenir la migraña. Si la sequedad es un problema, pregunte
  si conviene revisar sus medicamentos.

## Hábitos útiles

- Beba agua a sorbos a lo largo del día y tenga un vaso junto a la cama.
- Use las gotas o los geles para los ojos que le recomiende su equipo de atención, y haga
  pausas regulares de las pantallas.
- Pruebe un humidificador si el aire de su casa o de su trabajo es seco.
- Registre el agua y el sueño en el registro diario de Overlap, para ver si los días secos y
  de mal sueño preceden a sus crisis.

## Tratamiento

No existe un tratamiento único para el síndrome de Sjögren, así que la atención se centra
en aliviar la sequedad y tratar cualquier inflamación más general. A veces se usan
hidroxicloroquina u otros medicamentos que calman el sistema inmunitario. La migraña suele
poder tratarse de la forma habitual. Informe a su profesional de la salud de cualquier
sequedad, síntoma nervioso, fenómeno de Raynaud o problema de los vasos sanguíneos, porque
pueden influir en qué medicamentos le convienen más. El fenómeno de Raynaud es importante
para los triptanes, y ahora también figura como posible efecto secundario de los
medicamentos anti-CGRP.
""",
    },
    "celiac-disease-and-migraine": {
        "title": "Enfermedad celíaca y migraña",
        "summary": "Cómo la enfermedad celíaca, una reacción inmunitaria al gluten, se relaciona con la migraña, y por qué una dieta estricta sin gluten puede aliviar los dolores de cabeza una vez confirmada la enfermedad celíaca.",
        "body": """\
La **enfermedad celíaca** (también llamada celiaquía) es una enfermedad autoinmune
desencadenada por el **gluten**, una proteína presente en el trigo, la cebada y el centeno.
En las personas con enfermedad celíaca, comer gluten hace que el sistema inmunitario ataque
el revestimiento del intestino delgado. Con el tiempo, esto daña el revestimiento y hace más
difícil absorber los nutrientes de los alimentos.

Los síntomas varían mucho. Algunas personas tienen dolor de estómago, hinchazón abdominal o
diarrea. Otras se sienten sobre todo cansadas o tienen el hierro bajo, y algunas no tienen
ningún síntoma claro.

## Migraña y enfermedad celíaca

Los dolores de cabeza, y en particular la migraña, parecen ser más frecuentes en las
personas con enfermedad celíaca. Para algunas personas, los dolores de cabeza son uno de los
principales síntomas antes del diagnóstico.

Una razón probable es la inflamación. Cuando el gluten desencadena la reacción inmunitaria
en el intestino, los mensajeros inflamatorios viajan por todo el cuerpo a través de la
sangre. Podrían hacer que las vías del dolor del cerebro se activen con más facilidad. Los
niveles bajos de nutrientes como el hierro, el ácido fólico o la vitamina B12 también pueden
empeorar el cansancio y los dolores de cabeza.

## La dieta sin gluten

El tratamiento de la enfermedad celíaca es una dieta estricta sin gluten de por vida. A
medida que el intestino se cura, algunos estudios señalan que las personas tienen crisis de
migraña menos frecuentes o más leves. Los estudios son pequeños, y cuánto ayuda varía de una
persona a otra. Muchas personas siguen necesitando su tratamiento habitual para la migraña.

Esto se aplica a las personas con enfermedad celíaca. No hay buena evidencia de que dejar el
gluten ayude a la migraña en las personas cuyo cuerpo no reacciona al gluten.

## Importante: hágase las pruebas primero

Si cree que el gluten podría ser un problema para usted, **no lo elimine antes de hacerse
las pruebas**. El análisis de sangre y la biopsia intestinal que se usan para diagnosticar
la enfermedad celíaca solo funcionan mientras sigue comiendo gluten. Dejarlo antes de tiempo
puede dar un falso resultado normal. Hable primero con su profesional de la salud.

## Vivir sin gluten

- Un dietista-nutricionista puede ayudarle a comer bien sin gluten y a detectar fuentes
  ocultas, como algunas salsas, sopas y la salsa de soja.
- La avena a menudo se mezcla con trigo durante su procesamiento. Elija avena etiquetada
  como sin gluten, y consulte con su equipo si la avena le conviene.
- Los descuidos ocurren. Si come gluten por error, anótelo en el registro diario de
  Overlap. Con el tiempo, podrá ver si a los días con gluten les siguen crisis de migraña.

## Otras enfermedades autoinmunes

La enfermedad celíaca es más frecuente en las personas que ya tienen otra enfermedad
autoinmune, como la diabetes tipo 1 o una enfermedad autoinmune de la tiroides. Si tiene
síntomas intestinales persistentes, el hierro bajo o un cansancio sin causa clara, pregunte
a su profesional de la salud si le conviene hacerse las pruebas.
""",
    },
    "chronic-migraine": {
        "title": "La migraña crónica, explicada",
        "summary": "Qué quieren decir los médicos con migraña crónica, cómo Overlap cuenta los días de dolor de cabeza y de migraña para compararlos con la definición, y qué pueden hacer usted y su profesional de la salud cuando las cifras suben.",
        "body": """\
La mayoría de las personas con migraña tienen migraña *episódica*: las crisis van y vienen,
con muchos días sin dolor de cabeza entre ellas. En algunas personas, las crisis se vuelven
tan frecuentes que hay dolor de cabeza más días de los que no. Entonces los médicos hablan
de **migraña crónica**. Aquí, la palabra crónica se refiere a la frecuencia, no al tiempo
que lleva teniendo migraña.

Quizá haya llegado aquí desde una nota de Overlap. La nota significa que su diario muestra
un patrón que coincide con esta definición. No es un diagnóstico. Solo un profesional de la
salud que conozca su caso puede decidir qué son sus dolores de cabeza.

## La definición

La clasificación de la Sociedad Internacional de Cefaleas (ICHD-3, sección 1.3) describe
la migraña crónica como:

- dolor de cabeza **15 o más días al mes**,
- durante **más de tres meses**,
- con **características de migraña al menos 8 de esos días al mes** (o días en que funcionó
  un medicamento para la migraña, como un triptán),
- en una persona que tiene migraña.

Los días de dolor de cabeza cuentan sea cual sea el tipo de dolor de cabeza, así que los
días más leves también cuentan. Los días con características de migraña son los que se
parecen a una migraña, por ejemplo un dolor de cabeza pulsátil con náuseas o un fuerte
rechazo a la luz.

## Cómo cuenta Overlap

Overlap cuenta **días, no crisis**. Un día cuenta como día de dolor de cabeza si hubo algún
dolor de cabeza en cualquier momento de ese día, en su propia zona horaria, y como día de
migraña si ese dolor de cabeza era una migraña. Una crisis desde el lunes por la tarde
hasta el miércoles por la mañana da tres días. Overlap calcula las cifras por cada 30 días
y solo para los días que cubre su diario, y le avisa cuando hay muy pocos días registrados
para sacar conclusiones.

Overlap muestra la nota de migraña crónica cuando, en cada uno de los últimos tres periodos
de 30 días, sus días de dolor de cabeza llegan a 15 y sus días de migraña llegan a 8.

## Por qué importa

La migraña crónica no es rara, y puede afectar mucho al trabajo, a la familia y al estado de
ánimo. También tiene tratamiento. Muchas personas vuelven
a tener menos días de dolor de cabeza con el plan adecuado, y vale la pena pedir ayuda en
lugar de sobrellevarlo a solas.

## Qué puede hacer que la migraña se vuelva crónica

- **El uso frecuente de medicamentos para las crisis.** Tomar analgésicos o medicamentos
  para la migraña muchos días puede, por sí mismo, hacer más frecuentes los dolores de
  cabeza. La página *La cefalea por uso excesivo de medicación, explicada* trata este tema,
  incluido por qué cuentan los analgésicos para las articulaciones.
- **Tener crisis frecuentes desde el principio**, dormir mal, el estrés continuo, el ánimo
  bajo y otras enfermedades que causan dolor.
- En las enfermedades autoinmunes, los **brotes** y los analgésicos que traen consigo pueden
  sumar días de dolor de cabeza.

## Qué puede proponerle su profesional de la salud

Su profesional de la salud revisará su diario, sus medicamentos y sus otras enfermedades.
Entre las cosas que puede plantear están:

- un **tratamiento preventivo**, que se toma con regularidad para reducir el número de
  crisis. Las opciones con evidencia en la migraña crónica incluyen el topiramato, las
  inyecciones de toxina botulínica (onabotulinumtoxinA) y los anticuerpos anti-CGRP, cada
  uno con sus propias precauciones,
- un plan para el **uso excesivo de medicación**, si forma parte del cuadro,
- ayuda con el **sueño, el estrés y el estado de ánimo**, que a menudo marca una diferencia
  real,
- cómo encaja todo esto con su tratamiento autoinmune.

Un tratamiento suele valorarse al cabo de dos o tres meses, según si sus días de migraña al
mes han disminuido, a menudo a la mitad o más.

## Traiga sus cifras

El informe de Overlap muestra sus días de dolor de cabeza, sus días de migraña y sus días
con medicamentos uno al lado del otro, para el periodo que usted elija. Llevarlo a su
consulta le evita tener que contar de memoria.
""",
    },
}
