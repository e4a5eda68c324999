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

Las pruebas de imagen del cerebro de las personas con migraña muestran a veces pequeñas manchas
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
El **síndrome de Sjögren** (se pronuncia aproximadamente «shógren») es una enfermedad
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
tan frecuentes que hay dolor de cabeza la mayoría de los días. Entonces los médicos hablan
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
    "treating-inflammation": {
        "title": "Tratar la inflamación",
        "summary": "Cómo pueden ayudar los medicamentos antiinflamatorios para las enfermedades autoinmunes, como los AINE, los corticoides y los FAME, y los medicamentos anti-CGRP más recientes para la migraña, y las precauciones de cada uno.",
        "body": """\
La inflamación relaciona muchas enfermedades autoinmunes con la migraña, así que tiene
sentido que tratarla pueda ayudar a veces a las dos. Esta página describe los principales
grupos de medicamentos. Es información general. Su propio tratamiento depende de sus
enfermedades, de sus otras necesidades de salud y de lo que es importante para usted, así
que decídalo junto con su profesional de la salud.

## AINE

Los *antiinflamatorios no esteroideos*, o AINE, incluyen el ibuprofeno, el naproxeno, el
diclofenaco y la aspirina. Bloquean sustancias químicas que causan dolor e hinchazón. Se
usan para el dolor articular, y varios de ellos también funcionan bien para una crisis de
migraña si se toman pronto.

Tienen sus propias precauciones, que importan sobre todo cuando se toman a menudo:

- **Estómago.** Pueden causar indigestión, úlceras y sangrado del estómago o del intestino.
  El riesgo es mayor en las personas mayores, si ha tenido una úlcera y si se toman junto
  con corticoides o anticoagulantes. Su profesional de la salud puede proponerle un
  medicamento protector del estómago.
- **Corazón y circulación.** El uso regular aumenta ligeramente el riesgo de infarto y de
  ictus, más con algunos AINE, como el diclofenaco, que con otros. Pueden subir la presión
  arterial y empeorar la insuficiencia cardíaca.
- **Riñones.** Pueden reducir el flujo de sangre a los riñones, lo que importa si el lupus u
  otra enfermedad afecta a sus riñones, o si sufre deshidratación.
- **Asma.** Algunas personas con asma notan que los AINE la empeoran.
- **Cefalea por uso excesivo de medicación.** Tomarlos 15 o más días al mes puede
  provocarla. Los días en que los toma para el dolor articular también cuentan.

## Corticoides

Los *corticoides* o corticosteroides, como la prednisolona, son medicamentos potentes y de
acción rápida que reducen la inflamación. A menudo se usan para controlar un brote. A veces
los médicos también dan un ciclo corto para ayudar a terminar una crisis de migraña larga y
persistente.

Los corticoides funcionan bien, pero los tratamientos largos pueden causar aumento de peso,
mal sueño, cambios de humor, huesos más frágiles y azúcar alto en la sangre. Por eso los
médicos buscan la dosis más baja durante el menor tiempo posible. Si ha tomado corticoides
durante más de unas semanas, no los deje de golpe sin consejo médico, porque su cuerpo
necesita tiempo para volver a producir los suyos.

## FAME

Los *fármacos antirreumáticos modificadores de la enfermedad*, o FAME, tratan la causa de la
inflamación, no solo el dolor. Algunos ejemplos son el metotrexato, la hidroxicloroquina, la
sulfasalazina y la leflunomida. Actúan despacio y pueden tardar semanas o meses en hacer
todo su efecto. Al calmar la enfermedad, también podrían reducir la inflamación que puede
contribuir a los dolores de cabeza. La mayoría requieren análisis de sangre periódicos. La
página *Medicamentos que calman el sistema inmunitario* cuenta más.

## Medicamentos anti-CGRP

El CGRP (péptido relacionado con el gen de la calcitonina) es un mensajero que los nervios
que rodean el cerebro liberan durante una crisis de migraña. Dilata los vasos sanguíneos,
ayuda a transmitir las señales de dolor e impulsa la inflamación de origen nervioso de la
migraña. Los medicamentos que bloquean el CGRP, o el lugar donde actúa, se crearon
específicamente para la migraña. Hay dos familias.

Los **anticuerpos monoclonales** (erenumab, fremanezumab, galcanezumab y eptinezumab) se
administran en inyección una vez al mes o cada tres meses, o por vía intravenosa (gota a
gota). Solo se usan para *prevenir* las crisis.

Los **gepantes** son medicamentos de molécula pequeña, y se diferencian entre sí:

- **rimegepant** y **ubrogepant** son comprimidos que tratan una crisis; el rimegepant
  también puede tomarse en días alternos para prevenir las crisis,
- **atogepant** es un comprimido diario que solo se usa para *prevenir* las crisis, no para
  tratarlas,
- **zavegepant** es un **espray nasal** que trata una crisis.

### Precauciones con los medicamentos anti-CGRP

A diferencia de los triptanes, los medicamentos anti-CGRP no estrechan directamente los
vasos sanguíneos, y por eso a menudo se tienen en cuenta para las personas cuya enfermedad
autoinmune afecta a los vasos. Sin embargo, no están libres de precauciones relacionadas con
los vasos. Su ficha técnica advierte ahora que pueden **subir la presión arterial**, o
empeorar una presión arterial alta ya existente, y que pueden provocar o empeorar el
**fenómeno de Raynaud**, en el que los dedos de las manos y de los pies se ponen blancos o
azulados con el frío. Si tiene la presión arterial alta o fenómeno de Raynaud, su
profesional de la salud vigilará los dos, y querrá saber si alguno cambia después de
empezar.

Otros puntos que conviene saber:

- **Embarazo.** Los anticuerpos permanecen en el cuerpo durante meses después de la última
  dosis, así que suelen suspenderse varios meses antes de un embarazo planificado. Los
  gepantes salen del cuerpo en pocos días. Si está planeando un embarazo, hable pronto con
  su profesional de la salud.
- **El estreñimiento** es un efecto secundario frecuente, sobre todo con el erenumab y el
  atogepant.
- Son más recientes que la mayoría de los medicamentos para la migraña, así que la
  experiencia con su uso a largo plazo todavía está creciendo.

En Overlap, los días con un gepante cuentan como días con un medicamento para una crisis. No
cuentan para el uso excesivo de medicación, porque los ensayos no han mostrado que los
gepantes causen cefalea por uso excesivo de medicación.

## Lleve un registro

Registre cada dosis en Overlap, incluidos los analgésicos que toma para las articulaciones.
Así su profesional de la salud podrá ver con qué frecuencia toma cada medicamento y si le
funciona bien.
""",
    },
    "immune-modulating-medicines": {
        "title": "Medicamentos que calman el sistema inmunitario",
        "summary": "Qué hacen el metotrexato, los biológicos y otros tratamientos inmunomoduladores, cómo podrían influir en la migraña y qué controles ayudan a que sean seguros.",
        "body": """\
En las enfermedades autoinmunes, el sistema inmunitario está demasiado activo y ataca los
tejidos del propio cuerpo. La *inmunomodulación* consiste en usar medicamentos para bajar
esa actividad a un nivel más seguro. Algunos de estos medicamentos se llaman
inmunosupresores, porque suprimen, o frenan, el sistema inmunitario.

## Metotrexato

El metotrexato es uno de los medicamentos más usados para la artritis reumatoide. También se
usa en el lupus, la artritis psoriásica y otras enfermedades. Para estas enfermedades se
toma **una vez a la semana**, no todos los días, a menudo con ácido fólico otro día para
reducir los efectos secundarios. Tomarlo con más frecuencia de la prescrita puede ser
peligroso, así que siga siempre exactamente las indicaciones.

El metotrexato requiere análisis de sangre periódicos para controlar el hemograma y el
hígado. Mantenga el alcohol dentro del límite que le indique su equipo. Algunas personas se
sienten con náuseas o cansadas durante un día después de la dosis, y unas pocas tienen
dolores de cabeza. Anótelo en Overlap para poder hablarlo.

## Biológicos

Los biológicos son medicamentos fabricados a partir de células vivas. Cada uno bloquea una
parte concreta del sistema inmunitario. Algunos ejemplos:

- Los **inhibidores del TNF**, como el adalimumab, el etanercept y el infliximab, bloquean el
  TNF-alfa.
- Los **bloqueadores de la IL-6**, como el tocilizumab, bloquean la señal de la IL-6.
- Los **tratamientos dirigidos a los linfocitos B**, como el rituximab, y el belimumab en el
  lupus, actúan sobre las células que luego fabrican anticuerpos, incluidos los
  autoanticuerpos.
- Varios tratamientos para la EM también actúan sobre células inmunitarias concretas.

Los biológicos se administran en inyección o por vía intravenosa (gota a gota). Algunos
comprimidos más recientes, como los inhibidores de JAK, también actúan de forma dirigida.

### Inhibidores del TNF y esclerosis múltiple

Los inhibidores del TNF suelen **evitarse en las personas con esclerosis múltiple** o con
otra enfermedad desmielinizante, como un episodio previo de neuritis óptica. En un ensayo en
EM, un medicamento que bloqueaba el TNF hizo más frecuentes los brotes, y los inhibidores
del TNF se han relacionado con nueva desmielinización en un pequeño número de personas.
Esto importa, por ejemplo, si vive con artritis reumatoide y EM a la vez: su reumatólogo
normalmente elegirá otro tipo de medicamento. Asegúrese de que todas las personas que le
recetan medicamentos conozcan todas sus enfermedades.

## ¿Podrían ayudar con la migraña?

Estos medicamentos no son tratamientos para la migraña. El TNF-alfa y la IL-6 podrían
intervenir en la migraña, así que los investigadores quieren saber si calmar el sistema
inmunitario también ayuda con los dolores de cabeza. Algunas personas sí notan crisis menos
frecuentes o más leves cuando su enfermedad autoinmune está controlada. La evidencia es
limitada. Es mejor verlo como un posible beneficio añadido, no como un motivo para empezar
un medicamento.

Por otro lado, algunos de estos medicamentos pueden causar dolores de cabeza como efecto
secundario. Registrar las dosis y las crisis en Overlap les ayuda, a usted y a su equipo, a
distinguir una cosa de la otra.

## Infecciones

Como estos medicamentos bajan la actividad del sistema inmunitario, las infecciones pueden
ser más probables o más graves. Pida consejo médico rápidamente si tiene fiebre o se siente
muy mal, y sobre todo si tiene dolor de cabeza con fiebre, rigidez de cuello o una erupción
en la piel. Pregunte a su equipo qué vacunas debería ponerse.

## Mantenga informados a los dos equipos

Asegúrese de que el profesional de la salud que trata su migraña conozca su tratamiento
inmunitario, y de que su reumatólogo o su equipo de EM conozcan sus medicamentos para la
migraña. Algunas combinaciones requieren pensarlas con más cuidado, y ninguno de los dos
equipos puede planificar bien sin la lista completa.
""",
    },
    "medication-caution": {
        "title": "Medicamentos que requieren especial cuidado",
        "summary": "Por qué los triptanes y otros medicamentos que estrechan los vasos requieren cuidado cuando una enfermedad autoinmune afecta a los vasos, qué conllevan las alternativas y cómo el uso frecuente de analgésicos, también para las articulaciones, puede causar cefalea por uso excesivo de medicación.",
        "body": """\
Esta página trata dos cosas que conviene saber cuando se vive con migraña y con una
enfermedad autoinmune. La primera se refiere a los medicamentos que actúan sobre los vasos
sanguíneos y a las opciones en torno a ellos. La segunda se refiere a tomar analgésicos a
menudo.

Quizá haya llegado aquí desde una nota de Overlap. La nota está para informarle, no para
alarmarle, y nunca significa que deba dejar un medicamento. Siga tomando sus medicamentos
como se los han recetado, y hable con su profesional de la salud.

## Parte 1: medicamentos que estrechan los vasos sanguíneos

Los **triptanes**, como el sumatriptán, el rizatriptán y el zolmitriptán, están entre los
tratamientos más útiles para una crisis de migraña. Una de las formas en que actúan es
estrechando los vasos sanguíneos que rodean el cerebro. También pueden estrechar un poco
otros vasos, entre ellos los del corazón.

Para la mayoría de las personas esto no es un problema. Pero hace falta especial cuidado
cuando los vasos sanguíneos ya están afectados, por ejemplo en caso de:

- **vasculitis**, la inflamación de las paredes de los vasos sanguíneos, que puede ocurrir
  en el lupus, la artritis reumatoide, el síndrome de Sjögren, la esclerosis sistémica y
  otras enfermedades,
- **fenómeno de Raynaud**, en el que los dedos de las manos y de los pies se ponen blancos o
  azulados con el frío porque sus pequeños vasos se cierran,
- enfermedad de las **arterias**: una enfermedad del corazón como la angina de pecho o un
  infarto previo, un ictus o un miniictus (accidente isquémico transitorio, AIT) previos, o
  arterias estrechadas en las piernas,
- **presión arterial alta**, sobre todo si no está bien controlada,
- **síndrome antifosfolípido** con coágulos en las arterias.

Un coágulo en una *vena*, como una trombosis venosa profunda, es otra cuestión: no se sabe
que los triptanes aumenten ese tipo de riesgo, aunque los medicamentos con estrógenos sí lo
aumentan. La página *Genes, hormonas y vasos sanguíneos* explica la diferencia.

El lupus y la artritis reumatoide también aumentan con los años el riesgo de enfermedad del
corazón y de los vasos sanguíneos. Por eso su profesional de la salud puede valorar las cosas
de forma distinta en su caso que en el de alguien sin estas enfermedades.

### Otros casos en que no se usan los triptanes

- **Migraña hemipléjica o migraña con aura del tronco encefálico**, en las que el aura
  incluye debilidad en un lado del cuerpo, visión doble, dificultad para articular las
  palabras o inestabilidad. Los triptanes suelen evitarse en estos casos.
- **En las 24 horas siguientes a un ergótico** (como la ergotamina o la dihidroergotamina)
  **o a un triptán distinto**. Sus efectos sobre los vasos sanguíneos pueden sumarse.
  Overlap muestra una nota si su diario tiene dos de ellos en menos de un día.
- Con **inhibidores de la MAO**, un grupo antiguo de antidepresivos (como la fenelzina o la
  moclobemida), que aumentan el nivel de algunos triptanes en la sangre. Algunos triptanes no
  deben tomarse en las dos semanas siguientes a dejar un inhibidor de la MAO. Informe a su profesional
  de la salud de todos los antidepresivos que toma, porque algunas otras combinaciones
  también requieren precaución.

La **ergotamina** y otros medicamentos antiguos parecidos estrechan los vasos sanguíneos con
más fuerza que los triptanes y hoy se usan poco. Algunos **betabloqueantes**, que se usan
para prevenir la migraña, pueden empeorar las manos frías y el fenómeno de Raynaud.

## Las alternativas, y sus propias precauciones

Si los triptanes no son adecuados para usted, hay otras opciones. Ninguna está libre de
precauciones, así que su profesional de la salud las valorará con usted.

- **AINE**, como el ibuprofeno o el naproxeno. Tomados a menudo, pueden irritar el estómago
  o hacerlo sangrar, sobrecargar los riñones, subir la presión arterial y aumentar
  ligeramente el riesgo de infarto y de ictus. Esto importa más si el lupus afecta a sus
  riñones, o si tiene una enfermedad del corazón o ha tenido una úlcera.
- **Gepantes** (como el rimegepant, el ubrogepant o el espray nasal zavegepant). No
  estrechan directamente los vasos sanguíneos, pero su ficha técnica advierte ahora sobre la
  subida de la presión arterial y el fenómeno de Raynaud.
- **Ditanes.** El lasmiditán es el único. Actúa sobre un receptor de serotonina distinto del
  de los triptanes, presente en los nervios, y no estrecha los vasos sanguíneos. A menudo
  causa mareo y somnolencia, así que no debe conducir durante al menos 8 horas después de
  una dosis. Tomado 10 o más días al mes, puede causar cefalea por uso excesivo de
  medicación, como los triptanes. No está disponible en todos los países.
- **Medicamentos preventivos**, entre ellos los anticuerpos anti-CGRP, que llevan las mismas
  advertencias sobre la presión arterial y el fenómeno de Raynaud que los gepantes.

## Parte 2: cefalea por uso excesivo de medicación

Los analgésicos y los medicamentos para la migraña son seguros y útiles cuando se toman de
vez en cuando. Pero si se toman muchos días al mes, mes tras mes, pueden hacer más
frecuentes los dolores de cabeza. Esto se llama **cefalea por uso excesivo de medicación**.

La clasificación de la Sociedad Internacional de Cefaleas (ICHD-3) establece estos límites,
para un uso regular que dura más de tres meses:

- **10 o más días al mes** de triptanes, ergóticos, opioides como la codeína, analgésicos
  combinados u otros medicamentos para las crisis como el lasmiditán,
- **15 o más días al mes** de analgésicos simples: paracetamol, aspirina, ibuprofeno,
  naproxeno y otros AINE,
- **10 o más días al mes** en total cuando usa varios tipos, aunque ninguno supere su propio
  límite.

Cuentan los días, no los comprimidos. Los AINE para las articulaciones también cuentan,
incluso los días sin dolor de cabeza, algo fácil de pasar por alto en la artritis
reumatoide o el lupus. Los gepantes no se cuentan, porque los ensayos no han mostrado que la
causen.

Si sus días están en estos límites, su profesional de la salud planificará con usted qué
hacer. Para los analgésicos simples y los triptanes, las guías suelen recomendar dejar el
medicamento usado en exceso siguiendo ese plan, a menudo con un tratamiento preventivo y
apoyo durante las primeras semanas. Los opioides y algunos sedantes son distintos: se
reducen poco a poco, porque dejarlos de golpe puede causar síndrome de abstinencia. Hasta
que tenga ese plan, siga tomando sus medicamentos como hasta ahora. La página *La cefalea
por uso excesivo de medicación, explicada* lo explica paso a paso.
""",
    },
    "medication-overuse-headache": {
        "title": "La cefalea por uso excesivo de medicación, explicada",
        "summary": "Cómo tomar analgésicos o medicamentos para la migraña muchos días puede hacer más frecuentes los dolores de cabeza, qué días cuenta Overlap y por qué cuentan los AINE para las articulaciones, y cómo suele ser el plan de un profesional de la salud para dejar el uso excesivo.",
        "body": """\
Los medicamentos para el dolor de cabeza y el dolor funcionan bien cuando se toman de vez en
cuando. Cuando se toman muchos días al mes, mes tras mes, pueden tener el efecto contrario y
hacer más frecuentes los dolores de cabeza. Los médicos lo llaman **cefalea por uso excesivo
de medicación**. Ocurre en personas que ya tienen una enfermedad que causa dolor de cabeza,
con más frecuencia la migraña, y es una causa frecuente de que la migraña se vuelva más
frecuente.

Quizá haya llegado aquí desde una nota de Overlap. La nota cuenta días de su diario. No es
un diagnóstico, y no significa que haya hecho nada mal. Muchas personas no saben que esto
puede ocurrir.

## Las dos partes de la definición

La clasificación de la Sociedad Internacional de Cefaleas (ICHD-3, sección 8.2) describe la
cefalea por uso excesivo de medicación como un dolor de cabeza **15 o más días al mes**, en
una persona con una enfermedad que causa dolor de cabeza, junto con un **uso excesivo
regular de medicamentos durante más de tres meses**. Uso excesivo significa tomarlos:

- **10 o más días al mes**: triptanes, ergóticos, opioides (como la codeína), analgésicos
  combinados (comprimidos con dos o más componentes, como paracetamol con codeína, o un
  analgésico con cafeína) y otros medicamentos para las crisis, como el lasmiditán,
- **15 o más días al mes**: analgésicos simples, es decir, paracetamol, aspirina,
  ibuprofeno, naproxeno y otros AINE,
- **10 o más días al mes en total** cuando usa varios tipos, aunque ninguno llegue a su
  propio límite.

Las dos partes importan. Overlap muestra sus días con medicamentos y sus días de dolor de
cabeza para los mismos periodos. Cuando los dos llegan a los límites durante más de tres
meses, le indica que su diario coincide con el patrón. Cuando solo llegan los días con
medicamentos, también se lo indica, porque ese es el momento de hablarlo, antes de que los
dolores de cabeza se vuelvan más frecuentes.

## Qué días cuentan

- **Días, no comprimidos.** Un día con un comprimido cuenta igual que un día con cuatro.
- **Los AINE para las articulaciones cuentan.** El límite se refiere al medicamento, no al
  motivo por el que lo tomó. El ibuprofeno o el naproxeno para la artritis reumatoide o el
  lupus cuentan incluso los días sin dolor de cabeza. Por eso Overlap muestra dos cifras una
  al lado de la otra: los días en que tomó un medicamento *para tratar una crisis*, y los
  días que cuentan *para el uso excesivo*, sea cual sea el motivo.
- **Los gepantes no cuentan para el uso excesivo.** Los ensayos no han mostrado que los
  gepantes causen cefalea por uso excesivo de medicación, y la clasificación se escribió
  antes de que existieran. Overlap sí los cuenta como días con un medicamento para una
  crisis.

## Qué suele planificar su profesional de la salud

Las guías, como la de la Academia Europea de Neurología, describen algunos pasos. Su
profesional de la salud elegirá lo que mejor se adapte a usted.

1. **Explicar qué está pasando.** Para algunas personas, entender la relación y reducir el
   consumo con apoyo es suficiente.
2. **Dejar el medicamento usado en exceso.** Para los analgésicos simples, los triptanes y
   los ergóticos, las guías suelen recomendar dejarlos por completo en lugar de reducirlos
   poco a poco, durante al menos unas semanas, con un plan de su profesional de la salud.
   Los **opioides** y algunos sedantes son distintos: se reducen poco a poco, a veces con
   apoyo adicional, porque dejarlos de golpe puede causar síndrome de abstinencia.
3. **Un tratamiento preventivo**, que a menudo se empieza al mismo tiempo, para reducir el
   número de crisis.
4. **Un plan para las primeras semanas.** Los dolores de cabeza suelen empeorar durante una
   o dos semanas antes de mejorar. Su profesional de la salud puede indicarle qué tomar, o
   qué hacer, los peores días.
5. **Seguimiento**, para comprobar la evolución y mantener después los días con
   medicamentos por debajo de los límites.

Hasta que tenga ese plan, siga tomando sus medicamentos como hasta ahora, y no deje ningún
medicamento que su profesional de la salud le haya recetado para su enfermedad autoinmune.

## El pronóstico

La mayoría de las personas mejoran cuando se deja el uso excesivo: los dolores de cabeza se
vuelven menos frecuentes y los medicamentos para las crisis vuelven a funcionar mejor.
Algunas personas vuelven a usarlos en exceso más adelante, y por eso ayudan el seguimiento y
un diario.

## Usar Overlap

Registre cada dosis, incluidos los analgésicos para las articulaciones, con el motivo por el
que la tomó. La nota de Overlap le avisa antes de que llegue a un límite, y el informe
muestra juntos sus días con medicamentos y sus días de dolor de cabeza para su consulta.
""",
    },
    "stress-sleep-and-hydration": {
        "title": "Estrés, sueño y agua",
        "summary": "Hábitos constantes que pueden reducir la probabilidad de crisis de migraña y de brotes autoinmunes: aliviar el estrés con meditación, yoga y respiración, dormir con regularidad y beber lo suficiente.",
        "body": """\
Los medicamentos son importantes, pero los hábitos cotidianos también pueden marcar una
diferencia real. En un gran estudio de personas con migraña, el estrés fue el desencadenante
mencionado con más frecuencia, y dormir mal y saltarse comidas también fueron frecuentes.
Muchas personas con enfermedades autoinmunes también mencionan el estrés antes de sus
brotes. Ninguno de estos hábitos es una
cura, y nadie los lleva a la perfección. Los cambios pequeños y constantes suelen durar más
que los grandes.

## Estrés

El estrés es la forma en que el cuerpo responde a la presión. En momentos breves es normal.
Cuando se prolonga mucho tiempo, las hormonas del estrés y los mensajeros inmunitarios
pueden mantenerse elevados. Esto podría aumentar la inflamación y hacer que el cerebro sea
más sensible a los desencadenantes de la migraña.

Algunas personas tienen crisis justo *después* de que termina una época de estrés, por
ejemplo el primer día de vacaciones. Este patrón de «bajón» es frecuente, así que mantener
una rutina constante tanto en las épocas de mucho trabajo como en las tranquilas puede
ayudar.

Formas de aliviar el estrés que cuentan con cierta evidencia en la migraña, y que los
especialistas en cefaleas incluyen entre los tratamientos sin medicamentos que recomiendan:

- **Meditación y atención plena.** Siéntese en silencio durante diez minutos y vuelva a
  llevar suavemente su atención a la respiración, o a los sonidos que le rodean, cada vez
  que se distraiga. Las grabaciones guiadas pueden ayudarle a empezar.
- **Yoga.** Estiramientos y posturas suaves con respiración lenta. Informe a quien dé la
  clase de las articulaciones doloridas o hinchadas para que pueda proponerle adaptaciones.
- **Ejercicios de respiración.** Inspire por la nariz contando hasta cuatro y luego espire
  despacio contando hasta seis. Repítalo durante unos minutos.
- **Ejercicio suave**, como caminar o nadar, al ritmo que le permitan sus articulaciones y
  su energía.
- **Hablar.** Un amigo, un grupo de apoyo o un psicólogo formado en enfoques como la terapia
  cognitivo-conductual (TCC) pueden ayudarle a sobrellevarlo.

## Sueño

Tanto dormir demasiado poco como dormir demasiado pueden desencadenar una migraña. Dormir
mal también puede hacer que el dolor, el cansancio y los brotes se sientan peor.

- Acuéstese y levántese más o menos a la misma hora todos los días, también los fines de
  semana.
- Mantenga el dormitorio oscuro, fresco y silencioso.
- Reduzca la cafeína a partir del mediodía, y las pantallas en la última hora antes de
  acostarse.
- Si el dolor, la sequedad o las idas al baño le siguen despertando, dígaselo a su
  profesional de la salud. Puede que haya ayuda para la causa.

## Agua

No beber lo suficiente es un desencadenante de la migraña frecuente y fácil de pasar por
alto. Algunos medicamentos, el calor, el ejercicio y enfermedades como el síndrome de
Sjögren hacen más fácil quedarse corto de líquidos.

- Tenga una botella de agua cerca y beba a sorbos a lo largo del día.
- Beba más cuando haga calor o cuando haga actividad física.
- Una orina de color amarillo pálido es una señal aproximada de que está bebiendo lo
  suficiente.

Si tiene problemas de riñón o de corazón, pregunte a su profesional de la salud cuánto
líquido le conviene.

## Regístrelo

El registro diario de Overlap recoge sus horas de sueño, su estrés de 0 a 10 y el agua que
bebe. Al cabo de unas semanas, los análisis pueden mostrar si los días de poco sueño o de
mucho estrés suelen preceder a sus crisis. Muestran relaciones, no pruebas, pero pueden
sugerirle por dónde empezar.
""",
    },
    "food-and-inflammation": {
        "title": "Alimentación, desencadenantes e inflamación",
        "summary": "Cómo plantear la alimentación con migraña y una enfermedad autoinmune: evitar sus propios desencadenantes conocidos, como el gluten en la enfermedad celíaca, y comer de una forma que ayude a mantener baja la inflamación.",
        "body": """\
Ninguna dieta por sí sola trata la migraña o las enfermedades autoinmunes. Pero lo que come
y cuándo lo come puede influir en las dos. Esta página trata dos ideas: evitar sus propios
desencadenantes conocidos, y comer de una forma que ayude a mantener baja la inflamación.

## Desencadenantes conocidos

Un *desencadenante* es algo que hace más probable una crisis o un brote en una persona
concreta. Los desencadenantes varían de una persona a otra, y un solo desencadenante puede no
ser suficiente. A menudo hacen falta varios juntos, como dormir mal más saltarse una comida
más el estrés.

Entre los desencadenantes relacionados con la comida que las personas mencionan a menudo
están:

- **saltarse o retrasar las comidas**, uno de los más frecuentes,
- el alcohol, sobre todo el vino tinto,
- el exceso de cafeína, o dejarla de repente,
- el **gluten**, en las personas con enfermedad celíaca. Está presente en el trigo, la
  cebada y el centeno.

Si tiene enfermedad celíaca, evitar el gluten por completo es imprescindible. Calma la
reacción inmunitaria en el intestino, y algunas personas notan que también tienen menos
crisis de migraña. Consulte *Enfermedad celíaca y migraña* para saber más.

### No elimine demasiado

Es tentador dejar muchos alimentos a la vez. Pero esto puede hacer que comer resulte
estresante y dejarle con carencias de nutrientes. Salvo que tenga una enfermedad confirmada
como la enfermedad celíaca, es mejor probar un desencadenante sospechoso cada vez. Tome
notas en Overlap y luego revise el patrón con su profesional de la salud o con un
dietista-nutricionista.

## Comer para mantener baja la inflamación

Algunas formas de comer parecen ayudar a mantener la inflamación más baja, aunque la
evidencia de que cambien la migraña o los brotes autoinmunes todavía es limitada. La dieta
mediterránea es la más estudiada. Incluye:

- abundantes **frutas y verduras** de muchos colores,
- cereales integrales (sin gluten si tiene enfermedad celíaca), alubias o frijoles y
  lentejas,
- frutos secos, semillas y aceite de oliva,
- pescado azul como el salmón, las sardinas o la caballa, rico en grasas **omega-3**, unas
  dos veces por semana,
- menos carne procesada, menos bebidas azucaradas y menos alimentos ultraprocesados.

Se cree que las grasas omega-3 calman la inflamación. Entre sus fuentes vegetales están las
nueces, la linaza y las semillas de chía. Algunas personas toman cápsulas de aceite de
pescado. Consúltelo antes con su profesional de la salud, sobre todo si toma medicamentos
que hacen la sangre más fluida.

Esta forma de comer también es buena para el corazón. Eso importa porque varias
enfermedades autoinmunes aumentan el riesgo de enfermedad del corazón.

## Comidas regulares

Comer a horas regulares mantiene estable el azúcar en la sangre, lo que puede ayudar a
prevenir las crisis. Si las mañanas le resultan difíciles por la rigidez o las náuseas,
tenga preparado algo sencillo, como un yogur, fruta o una barrita de cereales sin gluten.

## Hable con un profesional

Un dietista-nutricionista titulado puede ayudarle a planificar comidas que convengan a las
dos enfermedades. Puede tener en cuenta cualquier alergia, los medicamentos que afectan al
apetito y al azúcar en la sangre, como los corticoides, y sus propios objetivos.
""",
    },
    "using-your-diary": {
        "title": "Cómo usar su diario para detectar patrones",
        "summary": "Cómo usar el diario, el registro diario y la cronología de Overlap para ver cómo se relacionan sus crisis de migraña y sus brotes autoinmunes, y cómo interpretar los análisis con prudencia.",
        "body": """\
La memoria no es un buen registro del dolor. Al cabo de unas semanas, la mayoría de nosotros
no sabe decir cuántos días malos tuvo ni qué pasó antes de ellos. Un diario llena ese vacío.
Overlap está pensado para registrar la migraña y la enfermedad autoinmune en un mismo lugar,
para que pueda ver cómo evolucionan juntas.

## Qué registrar

- **Crisis de migraña.** Cuándo empezó y terminó la crisis, lo intensa que fue en su peor
  momento (de 0 a 10), si tuvo aura, otros síntomas, cuánto le impidió hacer sus
  actividades y cualquier desencadenante que sospeche. Si una crisis sigue en curso, puede
  darla por terminada más tarde.
- **Brotes.** Qué enfermedad tuvo el brote, cuándo empezó y terminó, lo intenso que fue y
  sus síntomas.
- **Medicamentos y dosis.** Añada sus medicamentos una vez y luego registre cada dosis
  cuando la tome, incluidos los analgésicos para el dolor articular.
- **Registro diario.** Una nota rápida de sus horas de sueño, su estrés, el agua, si tomó
  gluten, la fatiga y el dolor articular. Si lo desea, también puede registrar su
  menstruación.

No hace falta rellenarlo todo. Las entradas breves y regulares son más útiles que las largas
de vez en cuando.

## Cómo leer su cronología

La cronología pone las crisis, los brotes, las dosis y los registros diarios uno al lado del
otro. Fíjese en:

- si los días de migraña se agrupan en torno a los brotes,
- si hay crisis que siguen a noches cortas, días de estrés, el gluten o la menstruación,
- con qué frecuencia toma medicamentos para las crisis.

Overlap cuenta **días de migraña**. Un día cuenta si hubo una crisis en curso en cualquier
momento de ese día, en su propia zona horaria. Así, una crisis desde el lunes por la noche
hasta el miércoles por la mañana cuenta como tres días. Las cifras mensuales se calculan
por cada 30 días.

## Análisis

Cuando tiene suficientes entradas, Overlap calcula algunas cifras por usted.

- **Días de migraña durante los brotes comparados con otros momentos.** Cada brote puede
  ampliarse unos días por cada lado, porque las crisis pueden aparecer justo antes o justo
  después. Usted elige cuántos días.
- **Momento en torno a los brotes.** Con qué frecuencia cae un día de migraña en cada día
  desde dos semanas antes del inicio de un brote hasta dos semanas después.
- **Posibles desencadenantes.** Si los días de migraña son más probables el mismo día o
  justo después de días con poco sueño, mucho estrés, gluten, la menstruación o poca agua.

Cuando hay muy pocos datos, Overlap lo dice en lugar de mostrar una cifra que podría
confundirle. Cada resultado viene con un intervalo. Un intervalo amplio significa que la
respuesta todavía es incierta.

> Una relación no es lo mismo que una causa. Si las crisis suelen seguir a las noches en que
> duerme mal, las dos cosas podrían deberse a otra cosa, como el dolor nocturno. Use los
> análisis para empezar una conversación con su profesional de la salud, no para sacar una
> conclusión por su cuenta.

## Notas y avisos

Overlap puede mostrar una nota tranquila si sus días con medicamentos para las crisis, o
con analgésicos, se acercan a los niveles relacionados con la cefalea por uso excesivo de
medicación. También puede mostrarla si sus días de dolor de cabeza coinciden con el patrón
de la migraña crónica, o si registra un triptán cuando tiene una enfermedad que afecta a los
vasos sanguíneos. Las notas nunca bloquean nada. Le sugieren algo que comentar con su
profesional de la salud, y cada una enlaza con una página que lo explica: *La cefalea por
uso excesivo de medicación, explicada*, *La migraña crónica, explicada* y *Medicamentos que
requieren especial cuidado*.

Dos cifras sobre medicamentos pueden parecerse, pero responden a preguntas distintas. Los
*días con un medicamento para una crisis* son los días en que tomó algo para tratar un dolor
de cabeza o una migraña. Los *días que cuentan para el uso excesivo* dependen del tipo de
medicamento, sea cual sea el motivo: el ibuprofeno para las articulaciones cuenta ahí,
mientras que un gepante para una crisis solo cuenta en la primera cifra.

## Compartir

Puede permitir que un profesional de la salud vea su cronología en modo de solo lectura y
un informe imprimible, y dejar de compartir en cualquier momento. También puede ver quién ha
consultado sus datos, y descargarlos o eliminarlos todos.
""",
    },
    "working-with-your-care-team": {
        "title": "Trabajar con su equipo de atención",
        "summary": "Por qué importa la atención compartida entre neurología y reumatología, qué implica el seguimiento periódico, cómo aprovechar al máximo las consultas y qué dolores de cabeza requieren ayuda rápida.",
        "body": """\
Con migraña y una enfermedad autoinmune, varios profesionales pueden participar en su
atención. Entre ellos pueden estar su médico de cabecera, un neurólogo (un médico del
cerebro y los nervios), un reumatólogo (un médico de las articulaciones y de las
enfermedades inmunitarias) y quizá enfermeros, farmacéuticos, dietistas-nutricionistas o
terapeutas. Cada uno ve una parte del cuadro. La atención funciona mejor cuando comparten lo
que saben.

## Por qué importa la atención compartida

- **Los tratamientos se influyen entre sí.** Un triptán que le va bien a una persona puede
  no convenir a alguien con vasculitis. Los analgésicos que se toman para las articulaciones
  pueden aumentar los dolores de cabeza. Los corticoides que se dan para un brote pueden
  afectar al sueño y al estado de ánimo.
- **Los síntomas se superponen.** La fatiga, la niebla mental y el dolor de cabeza pueden
  venir de cualquiera de las dos enfermedades. Mirar las dos juntas ayuda a no pasar algo
  por alto, o a no tratar dos veces el mismo problema.
- **Un solo plan es más fácil de seguir** que dos planes que no encajan entre sí.

Usted puede ayudar manteniendo una única lista actualizada de todos sus medicamentos,
incluidos los que compra por su cuenta y cualquier suplemento. También puede pedir a cada
profesional de la salud que envíe copias de sus informes a los demás.

## Seguimiento periódico

El seguimiento consiste en revisar las cosas con regularidad, incluso cuando todo parece
estable. Según sus enfermedades y sus medicamentos, puede incluir:

- análisis de sangre por medicamentos como el metotrexato, y para controlar la inflamación,
  los riñones y el hígado,
- controles de la presión arterial y una revisión de la salud de su corazón y sus vasos
  sanguíneos,
- una revisión de sus días de migraña y de la frecuencia con que toma medicamentos para las
  crisis,
- revisiones de los ojos o de los nervios.

## Cómo aprovechar al máximo una consulta

- Antes de ir, mire su cronología de Overlap, o imprima un informe que cubra el tiempo desde
  su última visita.
- Escriba sus tres preguntas más importantes.
- Mencione cualquier cambio en su patrón habitual de dolor de cabeza.
- Pregunte qué hacer si las cosas empeoran, y con quién contactar.

Puede elegir compartir sus datos de Overlap con un profesional de la salud, y dejar de
compartirlos en cualquier momento.

## Cuándo pedir ayuda rápidamente

La mayoría de los dolores de cabeza no son señal de nada grave. Pero algunos requieren
atención sin demora. Los médicos usan listas de señales de alarma para detectar los dolores
de cabeza que pueden tener otra causa; una lista muy utilizada se llama SNNOOP10. Las
señales que siguen se basan en ese tipo de lista.

**Llame a los servicios de emergencia** si un dolor de cabeza:

- aparece de repente y alcanza su máxima intensidad en más o menos un minuto,
- viene con debilidad, entumecimiento, la cara caída, dificultad para hablar o confusión,
- sigue a un golpe en la cabeza, o viene con una convulsión o un desmayo.

**Pida consejo médico el mismo día** si:

- tiene dolor de cabeza con fiebre, rigidez de cuello o una erupción en la piel, sobre todo
  si toma medicamentos que calman el sistema inmunitario,
- está embarazada, o ha dado a luz en las últimas semanas, y tiene un dolor de cabeza nuevo
  o inusual, en especial con cambios en la vista, hinchazón o presión arterial alta,
- su dolor de cabeza cambia con la postura: mucho peor al ponerse de pie o incorporarse y
  mejor al acostarse, o al revés,
- tiene más de 50 años y es un tipo de dolor de cabeza nuevo para usted, sobre todo con el
  cuero cabelludo sensible al tacto, dolor de mandíbula al masticar o cambios en la vista,
- su aura es distinta de lo habitual, dura más de una hora o viene con debilidad en un lado
  del cuerpo.

**Pida una cita pronto** si:

- su dolor de cabeza es nuevo, distinto y empeora de forma constante a lo largo de días o
  semanas,
- los dolores de cabeza aparecen al toser, estornudar, hacer fuerza o hacer ejercicio,
- ha tenido cáncer, o tiene una enfermedad o un tratamiento que debilita el sistema
  inmunitario, y aparece un dolor de cabeza nuevo,
- toma analgésicos o medicamentos para la migraña más días de los que no los toma.

Si tiene dudas, siempre está bien preguntar.
""",
    },
}
