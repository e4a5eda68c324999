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
}
