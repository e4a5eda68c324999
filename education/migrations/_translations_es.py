"""The education pages in Spanish, frozen for migration 0011_seed_page_translations,
which must load exactly this text however the pages change later. Not a migration itself:
the loader skips modules whose name starts with "_".

PAGES maps a page's slug to its title, summary and body (Markdown) in Spanish,
translated from the English text of the clinical review of 30 November 2026
(_content_0007.py); the reader is addressed as "usted".
"""

import datetime

REVIEWED_ON = datetime.date(2026, 12, 1)

PAGES: dict[str, dict[str, str]] = {
    "how-migraine-and-autoimmune-disease-connect": {
        "title": "Cómo se relacionan la migraña y las enfermedades autoinmunes",
        "summary": (
            "Por qué la migraña aparece con más frecuencia en las personas con lupus, "
            "artritis reumatoide, esclerosis múltiple y otras enfermedades autoinmunes, y qué"
            " significan estos vínculos en la vida diaria."
        ),
        "body": """\
Vivir con migraña y una enfermedad autoinmune puede sentirse como lidiar con dos problemas
distintos. Cada vez más, los investigadores las ven como vecinas que quizá compartan parte
del mismo terreno. Esta página ofrece una visión de conjunto. Las páginas siguientes
examinan cada vínculo con más detalle, incluido cuánto se sabe y cuánto es todavía una
suposición razonable.

## Dos tipos de enfermedad

La **migraña** es una enfermedad frecuente del cerebro y los nervios. Provoca crisis de
dolor de cabeza, a menudo con náuseas y un fuerte rechazo a la luz y al ruido. Algunas
personas tienen además un *aura*: cambios pasajeros, por lo general en la vista, antes o
durante el dolor de cabeza.

Una **enfermedad autoinmune** es aquella en la que el sistema inmunitario, la defensa del
cuerpo contra los microbios, confunde partes sanas del cuerpo con una amenaza y las ataca.
El lupus, la artritis reumatoide, la esclerosis múltiple (EM), el síndrome de Sjögren y la
enfermedad celíaca son ejemplos.

## A menudo aparecen juntas

Los médicos usan la palabra *comorbilidad* cuando dos enfermedades aparecen en la misma
persona con más frecuencia de lo que cabría esperar por azar. Los estudios han encontrado
que la migraña es más frecuente en las personas con lupus, artritis reumatoide y EM que en
la población general. El síndrome de Sjögren y la enfermedad celíaca muestran un patrón
parecido.

Eso no significa que una enfermedad cause la otra. Sugiere que quizá compartan algunas de
sus causas, o algunas de las formas en que actúan en el cuerpo. Gran parte de la evidencia
procede de estudios que comparan grupos grandes, así que muestra vínculos, no pruebas.

## Cinco posibles vínculos

- **Inflamación.** Las enfermedades autoinmunes implican una inflamación duradera: la
  respuesta de alarma y reparación del cuerpo, que se queda encendida. La migraña no es una
  enfermedad inflamatoria del mismo modo, pero un tipo de inflamación que parte de los
  nervios parece intervenir en las crisis.
- **Señales inmunitarias.** Las proteínas mensajeras del sistema inmunitario, y los
  anticuerpos dirigidos contra el propio cuerpo, pueden afectar en algunas personas a los
  nervios que intervienen en la migraña.
- **Genes.** Las dos suelen repetirse dentro de una misma familia. Todavía se estudia si
  algunos genes aumentan la probabilidad de tener ambas, y por ahora la evidencia es
  limitada.
- **Vasos sanguíneos.** Varias enfermedades autoinmunes pueden inflamar los vasos
  sanguíneos, y la migraña, sobre todo con aura, implica cambios en el comportamiento de
  los vasos.
- **Hormonas.** Las dos son más frecuentes en las mujeres. Los cambios en los estrógenos
  son un desencadenante conocido de las crisis de migraña, y algunas personas notan que
  sus síntomas autoinmunes también cambian con su ciclo.

## Qué significa esto para usted

Conocer esta superposición puede ayudarle de forma práctica.

- **Puede ser más fácil ver patrones.** Algunas personas notan que las crisis se agrupan
  en torno a los brotes, o que las mismas cosas, como dormir mal, el estrés o saltarse una
  comida, desencadenan ambas.
- **El tratamiento puede tener en cuenta las dos enfermedades.** Algunos medicamentos para
  la migraña requieren un cuidado especial cuando los vasos sanguíneos están afectados.
  Algunos analgésicos para las articulaciones pueden aumentar los dolores de cabeza si se
  toman a menudo.
- **Su equipo de atención puede trabajar en conjunto.** Un neurólogo (médico del cerebro y
  los nervios) y un reumatólogo (médico de las articulaciones y del sistema inmunitario)
  ven, cada uno, una parte del cuadro.

> Overlap le ayuda a registrar las dos enfermedades una al lado de la otra, para que usted
> y sus profesionales de la salud puedan ver cómo evolucionan juntas. No puede decirle qué
> causa sus síntomas. Solo un profesional de la salud que le conozca puede hacerlo.

## Adónde ir después

Lea *Inflamación y señales inmunitarias* y *Genes, hormonas y vasos sanguíneos* para
conocer la ciencia. Las páginas sobre cada enfermedad tratan el lupus, la EM, la artritis
reumatoide, el síndrome de Sjögren y la enfermedad celíaca una por una. Las páginas sobre
cómo manejar ambas describen lo que suele ayudar.
""",
    },
}
