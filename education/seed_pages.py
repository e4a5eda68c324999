"""The education pages Overlap ships with, written in Overlap's own words.

The facts come from an overview article on migraine and autoimmune disease that the
editorial team reviewed, checked against the primary sources each page names; every
sentence here is Overlap's own. A test (tests/education/test_seed_content.py) checks that no
8-word run of that article appears, using only a fingerprint of it, so the article itself
never enters the repository.

Bodies are Markdown limited to what the renderer allows: paragraphs, headings, lists,
emphasis and blockquotes, with no images and no raw HTML. Cross-references name the other
page's title rather than linking, so the text does not depend on the URL scheme.

Editing this file changes no database by itself: migration 0004_seed_pages loads its own
frozen copy (education/migrations/_0004_pages.py). Ship new wording with a new data
migration that carries its own copy, or let curators edit the pages in the admin.

Every source below was looked up and found to exist before it was cited; cite a new one
only after doing the same, and name it precisely enough for a reader to find it.
"""

import datetime
from typing import TypedDict


class SeedPage(TypedDict):
    """One page as this file gives it."""

    slug: str
    title: str
    summary: str
    category: str
    conditions: list[str]
    order: int
    sources: list[str]
    body: str


REVIEWED_ON = datetime.date(2026, 11, 30)

SOURCE = (
    "Overview article on the link between migraine and autoimmune disease, "
    "reviewed by the Overlap editorial team"
)

# Classification and headache guidelines
ICHD3 = (
    "Headache Classification Committee of the International Headache Society. "
    "The International Classification of Headache Disorders, 3rd edition (ICHD-3). "
    "Cephalalgia. 2018;38(1):1-211."
)
IHS_TRIAL_GUIDELINES = (
    "Diener HC, et al. Guidelines of the International Headache Society for controlled trials "
    "of preventive treatment of migraine attacks in episodic migraine in adults. "
    "Cephalalgia. 2020;40(10):1026-1044."
)
IHS_CHRONIC_TRIAL_GUIDELINES = (
    "Tassorelli C, et al. Guidelines of the International Headache Society for controlled "
    "trials of preventive treatment of chronic migraine in adults. "
    "Cephalalgia. 2018;38(5):815-832."
)
AHS_CONSENSUS = (
    "Ailani J, Burch RC, Robbins MS. The American Headache Society Consensus Statement: "
    "update on integrating new migraine treatments into clinical practice. "
    "Headache. 2021;61(7):1021-1039."
)
EHF_CGRP = (
    "Sacco S, et al. European Headache Federation guideline on the use of monoclonal "
    "antibodies targeting the calcitonin gene related peptide pathway for migraine "
    "prevention: 2022 update. The Journal of Headache and Pain. 2022. "
    "doi:10.1186/s10194-022-01431-x"
)
MOH_REVIEW = (
    "Diener HC, et al. Pathophysiology, prevention, and treatment of medication overuse "
    "headache. The Lancet Neurology. 2019;18(9):891-902."
)
EAN_MOH = (
    "Diener HC, et al. European Academy of Neurology guideline on the management of "
    "medication-overuse headache. European Journal of Neurology. 2020;27(7):1102-1116."
)
SNNOOP10 = (
    "Do TP, et al. Red and orange flags for secondary headaches in clinical practice: "
    "SNNOOP10 list. Neurology. 2019;92(3):134-144."
)
TRIGGERS = (
    "Kelman L. The triggers or precipitants of the acute migraine attack. "
    "Cephalalgia. 2007;27(5):394-402."
)
MIGRAINE_GENES = (
    "Hautakangas H, et al. Genome-wide analysis of 102,084 migraine cases identifies 123 "
    "risk loci and subtype-specific risk alleles. Nature Genetics. 2022;54(2):152-160."
)

# Medicines: trials, consensus statements and product information
TRIPTAN_HEART_CONSENSUS = (
    "Dodick D, et al. Consensus statement: cardiovascular safety profile of triptans "
    "(5-HT1B/1D agonists) in the acute treatment of migraine. Headache. 2004;44(5):414-425."
)
SUMATRIPTAN_LABEL = (
    "GlaxoSmithKline. IMITREX (sumatriptan) tablets, US prescribing information, "
    "section 4: Contraindications (hemiplegic or basilar migraine; ergots or another "
    "5-HT1 agonist within 24 hours; MAO-A inhibitors)."
)
ERENUMAB_LABEL = (
    "Amgen. AIMOVIG (erenumab-aooe) injection, US prescribing information, Warnings and "
    "Precautions 5.3 (hypertension) and 5.4 (Raynaud's phenomenon), revised March 2025."
)
UBROGEPANT_LABEL = (
    "AbbVie. UBRELVY (ubrogepant) tablets, US prescribing information, Warnings and "
    "Precautions 5.2 (hypertension) and 5.3 (Raynaud's phenomenon), revised March 2025."
)
ATOGEPANT_TRIAL = (
    "Ailani J, et al. Atogepant for the preventive treatment of migraine. "
    "New England Journal of Medicine. 2021;385(8):695-706."
)
ZAVEGEPANT_TRIAL = (
    "Lipton RB, et al. Safety, tolerability, and efficacy of zavegepant 10 mg nasal spray "
    "for the acute treatment of migraine in the USA: a phase 3, double-blind, randomised, "
    "placebo-controlled multicentre trial. The Lancet Neurology. 2023;22(3):209-217."
)
RIMEGEPANT_SMPC = (
    "VYDURA (rimegepant) 75 mg oral lyophilisate, EU summary of product characteristics, "
    "section 4.1: acute treatment of migraine, and prevention of episodic migraine every "
    "other day."
)
LASMIDITAN_LABEL = (
    "Eli Lilly. REYVOW (lasmiditan) tablets, US prescribing information, Warnings and "
    "Precautions: driving impairment; medication overuse headache."
)
NSAID_TRIALISTS = (
    "Coxib and traditional NSAID Trialists' (CNT) Collaboration. Vascular and upper "
    "gastrointestinal effects of non-steroidal anti-inflammatory drugs: meta-analyses of "
    "individual participant data from randomised trials. The Lancet. 2013;382:769-779."
)
LENERCEPT_MS = (
    "The Lenercept Multiple Sclerosis Study Group and The University of British Columbia "
    "MS/MRI Analysis Group. TNF neutralization in MS: results of a randomized, "
    "placebo-controlled multicenter study. Neurology. 1999;53(3):457-465."
)
TNF_DEMYELINATION = (
    "Kristensen LB, et al. The role of non-selective TNF inhibitors in demyelinating "
    "events. Brain Sciences. 2021;11(1):38."
)

# Autoimmune conditions
EULAR_SLE = (
    "Fanouriakis A, et al. EULAR recommendations for the management of systemic lupus "
    "erythematosus: 2023 update. Annals of the Rheumatic Diseases. 2024;83(1). "
    "doi:10.1136/ard-2023-224762"
)
EULAR_RA = (
    "Smolen JS, et al. EULAR recommendations for the management of rheumatoid arthritis "
    "with synthetic and biological disease-modifying antirheumatic drugs: 2022 update. "
    "Annals of the Rheumatic Diseases. 2023;82(1):3-18."
)
MCDONALD_2017 = (
    "Thompson AJ, et al. Diagnosis of multiple sclerosis: 2017 revisions of the McDonald "
    "criteria. The Lancet Neurology. 2018;17(2):162-173."
)
ACR_EULAR_SJOGREN = (
    "Shiboski CH, et al. 2016 American College of Rheumatology/European League Against "
    "Rheumatism classification criteria for primary Sjögren's syndrome. "
    "Annals of the Rheumatic Diseases. 2017;76(1). doi:10.1136/annrheumdis-2016-210571"
)
ACG_CELIAC = (
    "Rubio-Tapia A, et al. American College of Gastroenterology guidelines update: "
    "diagnosis and management of celiac disease. American Journal of Gastroenterology. "
    "2023;118(1):59-76."
)

# Hormones and clots
WHO_CONTRACEPTION = "World Health Organization. Medical eligibility criteria for contraceptive use."
CONTRACEPTION_STROKE_CONSENSUS = (
    "Sacco S, et al. Hormonal contraceptives and risk of ischemic stroke in women with "
    "migraine: a consensus statement from the European Headache Federation (EHF) and the "
    "European Society of Contraception and Reproductive Health (ESC). "
    "The Journal of Headache and Pain. 2017;18(1):108."
)

MIGRAINE = ["migraine-without-aura", "migraine-with-aura"]
AUTOIMMUNE = [
    "lupus",
    "multiple-sclerosis",
    "rheumatoid-arthritis",
    "sjogrens",
    "celiac",
    "other-autoimmune",
]
ALL_CONDITIONS = MIGRAINE + AUTOIMMUNE

# The pages the overuse and chronic-migraine alerts link to.
CHRONIC_MIGRAINE_SLUG = "chronic-migraine"
MEDICATION_OVERUSE_SLUG = "medication-overuse-headache"


PAGES: list[SeedPage] = [
    # ---------------------------------------------------------------- connections
    {
        "slug": "how-migraine-and-autoimmune-disease-connect",
        "title": "How migraine and autoimmune disease connect",
        "summary": (
            "Why migraine turns up more often in people with lupus, rheumatoid arthritis, "
            "multiple sclerosis and other autoimmune conditions, and what the links mean "
            "for everyday life."
        ),
        "category": "connections",
        "conditions": ALL_CONDITIONS,
        "order": 1,
        "sources": [SOURCE, ICHD3, MIGRAINE_GENES],
        "body": """\
Living with migraine and an autoimmune condition can feel like handling two separate
problems. Researchers increasingly see them as neighbours that may share some of the same
ground. This page gives the big picture. The pages after it look at each link in more
detail, including how much is known and how much is still a good guess.

## Two kinds of condition

**Migraine** is a common condition of the brain and nerves. It causes attacks of headache,
often with feeling sick and a strong dislike of light and sound. Some people also have an
*aura*: short-lived changes, usually in vision, before or during the headache.

An **autoimmune condition** is one where the immune system, the body's defence against
germs, mistakes healthy parts of the body for a threat and attacks them. Lupus, rheumatoid
arthritis, multiple sclerosis (MS), Sjögren's syndrome and celiac disease are all examples.

## They often turn up together

Doctors use the word *comorbidity* when two conditions appear in the same person more often
than chance would predict. Studies have found migraine to be more common in people with
lupus, rheumatoid arthritis and MS than in the population as a whole. Sjögren's syndrome and
celiac disease show a similar pattern.

That does not mean one condition causes the other. It suggests they may share some of their
causes, or some of the ways they work in the body. Much of the evidence comes from studies
that compare large groups, so it shows links rather than proof.

## Five possible links

- **Inflammation.** Autoimmune conditions involve long-lasting inflammation: the body's
  alarm-and-repair response, left switched on. Migraine is not an inflammatory disease in
  the same way, but a nerve-driven kind of inflammation seems to play a part in attacks.
- **Immune signals.** Messenger proteins of the immune system, and antibodies aimed at the
  body itself, may affect the nerves involved in migraine in some people.
- **Genes.** Both run in families. Whether any genes raise the chance of both is still
  being studied, and the evidence so far is limited.
- **Blood vessels.** Several autoimmune diseases can inflame blood vessels, and migraine,
  especially with aura, involves changes in how vessels behave.
- **Hormones.** Both are more common in women. Changes in estrogen are a well-known
  trigger for migraine attacks, and some people notice their autoimmune symptoms change
  with their cycle too.

## What this means for you

Knowing about the overlap can help in practical ways.

- **Patterns may be easier to spot.** Some people notice that attacks cluster around flares,
  or that the same things, such as poor sleep, stress or a missed meal, set off both.
- **Treatment can take both conditions into account.** Some migraine medicines need extra
  care when blood vessels are involved. Some pain relief for joints can add to headaches if
  it is taken often.
- **Your care team can work together.** A neurologist (a doctor for the brain and nerves)
  and a rheumatologist (a doctor for joints and the immune system) each see part of the
  picture.

> Overlap helps you record both conditions side by side, so you and your clinicians can see
> how they move together. It cannot tell you what is causing your symptoms. Only a
> clinician who knows you can do that.

## Where to go next

Read *Inflammation and immune signals* and *Genes, hormones and blood vessels* for the
science. The condition pages cover lupus, MS, rheumatoid arthritis, Sjögren's syndrome and
celiac disease one by one. The management pages describe what tends to help.
""",
    },
    {
        "slug": "inflammation-and-immune-signals",
        "title": "Inflammation and immune signals",
        "summary": (
            "How long-lasting inflammation, immune messengers like TNF-alpha and IL-6, "
            "and autoantibodies may link autoimmune disease with migraine."
        ),
        "category": "connections",
        "conditions": ALL_CONDITIONS,
        "order": 2,
        "sources": [SOURCE, EHF_CGRP, AHS_CONSENSUS],
        "body": """\
Inflammation is the body's way of dealing with harm. When you cut your finger, the skin
around it turns red, warm and swollen while the immune system cleans up and repairs. That
kind of inflammation is short and useful. It switches off once the job is done.

## When inflammation does not switch off

In autoimmune disease the immune system keeps reacting to the body's own tissue. The result
is *chronic* inflammation, which means it lasts for months or years. It often rises during
flares and settles in between. Depending on the condition, it can affect joints, skin,
glands, nerves, the gut or blood vessels.

Migraine is not an autoimmune disease, and most researchers do not call it an inflammatory
one either. But something like inflammation does seem to happen during an attack. Nerves
around the brain release substances that widen nearby blood vessels and make the tissue
around them more sensitive. Scientists call this *neurogenic inflammation*, meaning
inflammation started by nerves. One of the main substances involved is CGRP, the target of
several newer migraine medicines.

So the two conditions may share a thread: an inflammatory response that is more active
than it should be. How strong that thread is, and how much it matters for any one person,
is not yet known.

## Cytokines: the immune system's messengers

Immune cells talk to each other using small proteins called **cytokines**. Some of them
turn inflammation up. Two that researchers often measure are:

- **TNF-alpha** (tumour necrosis factor alpha), a key driver of inflammation in rheumatoid
  arthritis and several other autoimmune diseases.
- **IL-6** (interleukin 6), which spreads the inflammatory signal around the body. It is
  one reason markers such as CRP go up in blood tests.

Studies have found higher levels of these cytokines in people with autoimmune disease, and
also in some people with migraine, particularly around attacks. Cytokines can make pain
nerves easier to set off, which may be one reason inflammation and headache often go
together. Some of the biologic medicines used for autoimmune disease work by blocking
TNF-alpha or IL-6.

## Autoantibodies

Antibodies are proteins that normally stick to germs so the immune system can remove them.
**Autoantibodies** are antibodies that stick to the body's own tissue by mistake. Blood
tests for them help doctors diagnose conditions such as lupus and Sjögren's syndrome.

Some autoantibodies can affect the nervous system, or the blood vessels that supply it. In
some people this may add to headaches or other symptoms of the brain and nerves. Having
autoantibodies does not, on its own, mean you will have these problems.

## What is still unknown

Much of this comes from studies that compare groups of people. They show links, not proof
of cause. Scientists do not yet know how much inflammation adds to any one person's
migraine. That is why each condition is still treated in its own right, with the overlap
kept in mind.

If you want to know whether inflammation might be playing a part in your headaches, your
clinician can go through your history and test results with you.
""",
    },
    {
        "slug": "genes-hormones-and-blood-vessels",
        "title": "Genes, hormones and blood vessels",
        "summary": (
            "Three more links between migraine and autoimmune disease: inherited tendencies, "
            "blood vessels and vasculitis, and the effect of estrogen and the menstrual cycle."
        ),
        "category": "connections",
        "conditions": ALL_CONDITIONS,
        "order": 3,
        "sources": [
            SOURCE,
            ICHD3,
            MIGRAINE_GENES,
            CONTRACEPTION_STROKE_CONSENSUS,
            WHO_CONTRACEPTION,
        ],
        "body": """\
Inflammation is not the only thing migraine and autoimmune disease may have in common.
This page looks at three more possible links: the genes we inherit, the blood vessels, and
hormones.

## Genes: a family tendency

Migraine often runs in families. So do many autoimmune conditions. If a parent has
migraine, their children are more likely to have it, and the same is true of many
autoimmune diseases.

Large genetic studies have found more than a hundred places in our DNA that each nudge the
risk of migraine up a little. Many of them are active in nerves and blood vessels. Some
researchers think a few genes involved in immune control might matter for both migraine and
autoimmune disease, but this has not been shown clearly, and the evidence so far is
limited. What is clear is that inherited risk is a *tendency*, not a certainty. Plenty of
people who carry these genes never develop either condition. Hormones, infections,
lifestyle and chance all play a part.

## Blood vessels

Blood vessels carry oxygen and food to every part of the body, including the brain. Some
autoimmune diseases can inflame the walls of blood vessels. This is called **vasculitis**.
It can happen in lupus, rarely in rheumatoid arthritis that has been active for a long
time, and in conditions where vasculitis is the main problem.

Migraine involves blood vessels too, although scientists now think the nerves, not the
vessels, start an attack. In **migraine with aura**, a slow wave of changed nerve activity
spreads across the surface of the brain, and blood flow changes along with it. This wave
causes aura symptoms such as zigzag lines or a blind spot.

## Two kinds of blood clot

It helps to keep two kinds of clot apart, because different things raise each.

- **Clots in arteries**, the vessels that carry blood away from the heart, can cause a
  heart attack or a stroke. Migraine with aura is linked to a small rise in the risk of
  this kind of stroke, and the risk is higher in people who smoke or who take medicines
  containing estrogen. Medicines that narrow blood vessels, such as triptans, matter most
  here.
- **Clots in veins**, such as a deep vein thrombosis in the leg, or a clot that travels to
  the lungs, are raised by estrogen-containing medicines, pregnancy, surgery and long
  periods without moving. Triptans are not known to raise this kind of risk.

Some conditions raise both. **Antiphospholipid syndrome**, which can come with lupus, makes
blood clot more easily in arteries as well as veins.

## Hormones

Both migraine and most autoimmune conditions are more common in women. Migraine affects
about three times as many women as men. Women also make up most people with lupus,
Sjögren's syndrome and rheumatoid arthritis.

Part of the reason may be the hormone **estrogen** (also spelled oestrogen). Estrogen
affects how the immune system behaves and how sensitive the brain's pain pathways are. For
migraine, a *change* in estrogen seems to matter most, especially a fall. Estrogen drops
just before a period. That is why many women have attacks from about two days before
bleeding starts to three days after. Some people notice changes in their autoimmune
symptoms at certain points in their cycle as well, although this is less well studied.

Bigger hormone changes, such as pregnancy, the months after giving birth and the
menopause, can change both conditions. Sometimes they get better and sometimes worse.

If you have periods, you can choose to record them in Overlap. Over a few months this can
show whether your attacks or flares follow your cycle.

> If you have migraine with aura, or antiphospholipid antibodies, talk to your clinician
> before starting any medicine that contains estrogen, including some contraceptive pills.
> Progestogen-only and non-hormonal methods are often suitable instead.
""",
    },
    # ----------------------------------------------------------------- conditions
    {
        "slug": "migraine-with-and-without-aura",
        "title": "Migraine with and without aura: the basics",
        "summary": (
            "What a migraine attack is, how migraine with aura differs from migraine without "
            "aura, and when doctors call migraine chronic."
        ),
        "category": "conditions",
        "conditions": MIGRAINE,
        "order": 1,
        "sources": [SOURCE, ICHD3],
        "body": """\
Migraine is much more than a bad headache. It is a condition of the brain and nerves that
causes repeated attacks. Between attacks, most people feel well. About one in seven people
around the world has migraine.

## What an attack is like

Doctors describe migraine using the International Classification of Headache Disorders,
3rd edition, known as ICHD-3. You can read it at [ichd-3.org](https://ichd-3.org/). In
plain words, a typical attack:

- lasts from 4 hours to 3 days if it is not treated,
- is often on one side of the head, and throbs or pulses,
- is moderate or severe, and gets worse with everyday activity such as climbing stairs,
- comes with feeling sick or being sick, or with light and sound feeling like too much.

Many people notice early signs a day or so before, such as yawning, food cravings, a stiff
neck or low mood. Afterwards they may feel drained for a day. Some call this the migraine
"hangover".

## Migraine without aura

This is the most common type. The headache and the other symptoms come without any warning
changes in vision or feeling beforehand.

## Migraine with aura

Roughly one in four people with migraine has aura, at least some of the time. An aura is a
short spell of symptoms that come from the brain and then go away completely. Each symptom
usually builds slowly over several minutes and lasts between 5 and 60 minutes. Common
examples are:

- zigzag lines, flashing lights or a shimmering blind spot,
- pins and needles that spread slowly up a hand and arm, or around the mouth,
- trouble finding words.

The headache usually follows within an hour, but an aura can also happen on its own. Aura
is linked to changes in blood flow in the brain. This is one reason it matters when an
autoimmune condition also affects the blood vessels.

### Rarer kinds of aura

A few people have auras of a less common kind. In **hemiplegic migraine** the aura
includes weakness of one side of the body. In **migraine with brainstem aura** it includes
symptoms such as double vision, slurred speech, spinning dizziness or unsteadiness. These
need assessment by a specialist, because they look like other conditions that must be
ruled out, and because some migraine medicines, including triptans, are usually avoided
with them. If your aura ever includes weakness, tell your clinician.

## Chronic migraine

Doctors call it *chronic migraine* when headache happens on 15 or more days a month for
more than three months, and at least 8 of those days have migraine features. Overlap counts
*migraine days* and *headache days*, not attacks, so you can see how your numbers compare.
An attack that runs overnight counts on each day it touches. The page *Chronic migraine
explained* says more about what the term means and what can help.

## Why a diagnosis matters

Other kinds of headache can look like migraine. In people with an autoimmune condition, a
new or different headache sometimes has another cause that needs checking. Overlap never
diagnoses. If your headaches change, happen much more often, or feel different from usual,
talk to your clinician.
""",
    },
    {
        "slug": "lupus-and-migraine",
        "title": "Lupus and migraine",
        "summary": (
            "Why headaches, including migraine, are common in systemic lupus erythematosus, "
            "how lupus can involve the nerves and blood vessels, and what to watch for."
        ),
        "category": "conditions",
        "conditions": ["lupus", *MIGRAINE],
        "order": 2,
        "sources": [SOURCE, EULAR_SLE, ICHD3, SNNOOP10],
        "body": """\
**Systemic lupus erythematosus**, usually just called lupus, is an autoimmune disease that
can affect many parts of the body. These include the skin, joints, kidneys, blood, heart,
lungs and nervous system. Lupus tends to come and go. Times when it is more active are
called *flares*.

## How common are headaches in lupus?

Headache is one of the symptoms people with lupus mention most often. Studies suggest
migraine is more common in people with lupus than in people without it. For most people,
these headaches behave like ordinary migraine or tension-type headache, and they are
treated in the usual way.

## Why lupus and migraine may be linked

- **The nervous system.** Lupus can involve the brain and nerves. Doctors call this
  *neuropsychiatric lupus*. Headache is one possible sign, along with others such as memory
  problems, changes in mood or, rarely, seizures.
- **Blood vessels.** Lupus can inflame blood vessels, which is called *vasculitis*. Rarely
  this affects vessels in the brain, and inflamed vessels may not carry blood as smoothly
  as usual.
- **Antiphospholipid antibodies.** Some people with lupus have these autoantibodies, which
  make blood more likely to clot, in arteries as well as in veins. Some studies have linked
  them with headaches, and they matter when choosing medicines.
- **Inflammation and hormones.** Immune messengers and hormone changes may make migraine
  attacks easier to set off in some people with lupus.

## Treatment choices

Lupus care often includes hydroxychloroquine, and sometimes steroids or other medicines
that calm the immune system. Your team will keep your lupus in mind when choosing migraine
treatment. Triptans, for example, narrow blood vessels. They may not suit people with lupus
who have vasculitis, Raynaud's phenomenon (fingers that turn white or blue in the cold),
heart disease, a past stroke, or antiphospholipid syndrome with clots in the arteries.
Painkillers such as ibuprofen may also need care if lupus affects your kidneys, and
medicines containing estrogen need a conversation first if you have antiphospholipid
antibodies.

## When a headache needs checking

Most headaches in lupus are not dangerous. Still, get medical advice promptly if a
headache:

- is new, or clearly different from your usual pattern,
- comes with fever, confusion, a seizure, weakness, numbness or changes in vision,
- arrives during a flare together with other new symptoms,
- starts while you are pregnant or in the weeks after giving birth.

If a headache is sudden and severe, or comes with weakness on one side, slurred speech or a
drooping face, call emergency services straight away. The page *Working with your care
team* lists the other warning signs.

## Using Overlap with lupus

Logging lupus flares and migraine attacks in one place can show whether your headaches rise
when lupus is active. Take your timeline or report to appointments, so your rheumatologist
and neurologist can look at the same picture.
""",
    },
    {
        "slug": "multiple-sclerosis-and-migraine",
        "title": "Multiple sclerosis and migraine",
        "summary": (
            "How multiple sclerosis and migraine overlap, from inflammation in the central "
            "nervous system to shared symptoms such as headache, fatigue and changes in thinking."
        ),
        "category": "conditions",
        "conditions": ["multiple-sclerosis", *MIGRAINE],
        "order": 3,
        "sources": [SOURCE, MCDONALD_2017, ICHD3, LENERCEPT_MS, TNF_DEMYELINATION],
        "body": """\
**Multiple sclerosis (MS)** is a condition in which the immune system attacks the *central
nervous system*: the brain, the spinal cord and the nerves to the eyes. Its main target is
*myelin*, the fatty coating around nerve fibres. Myelin works like the plastic around an
electric wire and helps signals travel quickly. Losing it is called **demyelination**.
Where myelin is damaged, messages slow down or get mixed up, and this causes the symptoms
of MS.

## Migraine is common in MS

Headache, and migraine in particular, is more common in people with MS than in the general
population. Some studies suggest migraine may also be more frequent or more severe in
people who have both.

## Why the two may overlap

Both conditions involve the central nervous system, and MS involves inflammation there.
In MS, areas of inflammation and damage (called lesions) can form in parts of the brain
that help control pain. In some people this seems to make headaches more likely.

People also feel the overlap day to day. MS and migraine can both bring:

- headache,
- *fatigue*, a heavy tiredness that rest does not fix,
- cognitive changes, meaning trouble with concentration, memory or finding words, often
  called brain fog,
- changes in vision or in feeling, such as tingling.

Because the symptoms overlap, it can be hard to know which condition is causing what. A
migraine aura with tingling usually spreads slowly and is gone within an hour. Symptoms of
an MS relapse tend to build over hours or days and last more than a day. Your neurologist
can help you tell them apart.

## Scans

Brain scans of people with migraine sometimes show small bright spots in the white matter,
the deeper wiring of the brain. These can look a little like MS lesions. Doctors look at
the size, shape and place of the spots, and at your symptoms, to tell the difference. If
you have migraine and have been told about spots on a scan, ask your neurologist what they
mean for you.

## Medicines

Some MS treatments list headache as a possible side effect, especially in the first weeks.
Record your medicines and doses in Overlap, so you can see whether headaches changed after
you started something new.

### If you also have an inflammatory arthritis

Some people have MS together with rheumatoid arthritis or another inflammatory condition.
One group of medicines for those conditions, the **TNF inhibitors** (such as adalimumab,
etanercept and infliximab), is usually avoided in people with MS. In a trial in MS, a
medicine that blocked TNF made relapses more frequent, and TNF inhibitors have been linked
with new demyelination in a small number of people. If you have MS, make sure every
clinician who prescribes for your joints, skin or gut knows.

## Talk to your clinician if

- your headaches change their usual pattern,
- new symptoms last longer than 24 hours,
- changes in vision, weakness or numbness do not settle after an attack.

Keeping migraine attacks, MS relapses and daily fatigue in one diary makes these
conversations easier, because you can point to dates rather than rely on memory.
""",
    },
    {
        "slug": "rheumatoid-arthritis-and-migraine",
        "title": "Rheumatoid arthritis and migraine",
        "summary": (
            "What rheumatoid arthritis and migraine share, including chronic inflammation and "
            "triggers such as stress and physical strain, and how pain relief for joints can "
            "add to headaches."
        ),
        "category": "conditions",
        "conditions": ["rheumatoid-arthritis", *MIGRAINE],
        "order": 4,
        "sources": [SOURCE, EULAR_RA, ICHD3, NSAID_TRIALISTS, LENERCEPT_MS],
        "body": """\
**Rheumatoid arthritis (RA)** is an autoimmune disease in which the immune system attacks
the lining of the joints. This causes pain, swelling and stiffness, often in the small
joints of the hands and feet and often on both sides of the body. Stiffness tends to be
worst in the morning. RA can also cause tiredness and, less often, affect the eyes, lungs
or blood vessels.

## A more common pairing than you might expect

Migraine has been found more often in people with RA than in people without it. The
reasons are still being studied, but a few ideas stand out.

- **Chronic inflammation.** RA keeps the body's inflammation switched on. Messengers like
  TNF-alpha and IL-6 are high in active RA, and they may also make pain pathways in the
  head more sensitive.
- **Shared triggers.** Stress, poor sleep and physical strain can set off both an RA flare
  and a migraine attack. A hard week at work, a house move or a long day on your feet can
  hit twice.
- **Pain can lead to more pain.** Living with ongoing pain can make the whole nervous
  system more sensitive, so headaches may feel worse or happen more often.

## Painkillers for joints and headaches

Many people with RA take anti-inflammatory painkillers (NSAIDs) such as ibuprofen or
naproxen on most days. These can ease joint pain. But taking painkillers on many days a
month can lead to *medication overuse headache*: a daily or near-daily headache caused by
the painkillers themselves. NSAIDs taken for your joints count, not only those taken for
migraine. Overlap counts your pain relief days and warns you early. The page *Medication
overuse headache explained* has the details.

NSAIDs have their own cautions too. Taken regularly, they can raise blood pressure, upset
or bleed the stomach, strain the kidneys and slightly raise the risk of heart attack and
stroke, more with some NSAIDs than others. Your clinician will weigh this up with you.

## Migraine treatment with RA in mind

People with RA have a higher risk of heart and blood vessel disease than average. This can
affect whether triptans, which narrow blood vessels, are a good choice for you. Your
clinician will weigh this up. RA medicines that calm the immune system, such as
methotrexate and biologics, lower inflammation throughout the body. Some people find their
headaches ease once their RA is well controlled, although this has not been well studied.

If you have multiple sclerosis as well as RA, tell your rheumatologist: TNF inhibitors,
one group of biologics, are usually avoided in MS.

## Neck pain

RA can sometimes affect the joints at the top of the neck, which can cause pain at the back
of the head. If you have new neck pain together with tingling, weakness or clumsiness in
your arms or legs, get medical advice quickly.

## Tips

- Log flares, migraine attacks and your daily stress in Overlap, and note physical strain
  as a trigger, to see whether they move together.
- Pace yourself: break big jobs into smaller ones with rests in between.
- Share your timeline with both your rheumatologist and the clinician who treats your
  migraine.
""",
    },
    {
        "slug": "sjogrens-and-migraine",
        "title": "Sjögren's syndrome and migraine",
        "summary": (
            "How Sjögren's syndrome, which mainly affects the glands that keep the eyes and "
            "mouth moist, can involve the nerves and make headaches worse."
        ),
        "category": "conditions",
        "conditions": ["sjogrens", *MIGRAINE],
        "order": 5,
        "sources": [SOURCE, ACR_EULAR_SJOGREN, ICHD3],
        "body": """\
**Sjögren's syndrome** (say "SHOW-grens") is an autoimmune condition in which the immune
system attacks the glands that make moisture, especially tears and saliva. The best-known
symptoms are dry eyes and a dry mouth. Many people also have tiredness, joint pain and dry
skin. Sjögren's can happen on its own, or alongside another autoimmune disease such as
lupus or rheumatoid arthritis.

## Links with migraine

Headaches, including migraine, seem to be common in people with Sjögren's syndrome. The
link seems strongest in people whose Sjögren's also affects the nervous system, although
the studies are small.

## Nerves and neuropathy

In some people Sjögren's affects the nerves. Damage to nerves outside the brain and spinal
cord is called **neuropathy**. It can cause burning, tingling, numbness or pain, often in
the feet and hands and sometimes in the face. The nerves that look after things like heart
rate, sweating and blood pressure can be affected too.

Irritated or damaged nerves can make the whole pain system more sensitive. This may make
headaches more frequent or harder to settle. If you notice new burning, numbness or pins
and needles, mention it to your clinician. There are tests that can check how your nerves
are working.

## Everyday things that add up

Dryness itself can feed into headaches.

- Dry, sore eyes can make bright light and screens uncomfortable, and bright light is a
  common migraine trigger.
- A dry mouth can make it harder to drink enough and can disturb sleep. Poor sleep and not
  drinking enough are both common triggers.
- Some medicines make dryness worse. One example is amitriptyline, an older medicine used
  to prevent migraine. If dryness is a problem, ask whether your medicines should be
  reviewed.

## Helpful habits

- Sip water through the day and keep a glass by the bed.
- Use the eye drops or gels your care team suggests, and take regular screen breaks.
- Try a humidifier if the air at home or work is dry.
- Log water and sleep in Overlap's daily check-in, to see whether dry, poor-sleep days come
  before your attacks.

## Treatment

There is no single treatment for Sjögren's, so care focuses on easing dryness and treating
any wider inflammation. Hydroxychloroquine or other medicines that calm the immune system
are sometimes used. Migraine can usually be treated in the standard way. Tell your
clinician about any dryness, nerve symptoms, Raynaud's phenomenon or blood vessel problems,
because these can affect which medicines suit you best. Raynaud's matters for triptans,
and it is now also listed as a possible side effect of the CGRP medicines.
""",
    },
    {
        "slug": "celiac-disease-and-migraine",
        "title": "Celiac disease and migraine",
        "summary": (
            "How celiac disease, an immune reaction to gluten, is linked with migraine, and "
            "why a strict gluten-free diet may ease headaches once celiac disease is confirmed."
        ),
        "category": "conditions",
        "conditions": ["celiac", *MIGRAINE],
        "order": 6,
        "sources": [SOURCE, ACG_CELIAC],
        "body": """\
**Celiac disease** (spelled coeliac in the UK) is an autoimmune condition set off by
**gluten**, a protein found in wheat, barley and rye. In people with celiac disease, eating
gluten makes the immune system attack the lining of the small intestine. Over time this
damages the lining and makes it harder to take in nutrients from food.

Symptoms vary a lot. Some people have stomach pain, bloating or diarrhoea. Others mainly
feel tired or have low iron, and some have no clear symptoms at all.

## Migraine and celiac disease

Headaches, and migraine in particular, appear to be more common in people with celiac
disease. For some people, headaches are one of the main symptoms before they are
diagnosed.

One likely reason is inflammation. When gluten sets off the immune reaction in the gut,
inflammatory messengers travel around the body in the blood. They may make the brain's pain
pathways easier to set off. Low levels of nutrients such as iron, folate or vitamin B12 can
also make tiredness and headaches worse.

## The gluten-free diet

The treatment for celiac disease is a strict, lifelong gluten-free diet. As the gut heals,
some studies report that people have fewer or milder migraine attacks. The studies are
small, and how much it helps varies from person to person. Many people still need their
usual migraine treatment.

This applies to people with celiac disease. There is no good evidence that going
gluten-free helps migraine in people whose bodies do not react to gluten.

## Important: get tested first

If you think gluten might be a problem for you, **do not cut it out before you are
tested**. The blood test and the gut biopsy used to diagnose celiac disease only work while
you are still eating gluten. Stopping early can give a false all-clear. Talk to your
clinician first.

## Living gluten-free

- A dietitian can help you eat well without gluten and spot hidden sources, such as some
  sauces, soups and soy sauce.
- Oats are often mixed with wheat during processing. Choose oats labelled gluten-free, and
  check with your team whether oats suit you.
- Accidents happen. If you eat gluten by mistake, note it in Overlap's daily check-in. Over
  time you may see whether gluten days are followed by migraine attacks.

## Other autoimmune conditions

Celiac disease is more common in people who already have another autoimmune condition,
such as type 1 diabetes or autoimmune thyroid disease. If you have ongoing gut symptoms, low
iron or tiredness that has no clear cause, ask your clinician whether testing is right for
you.
""",
    },
    {
        "slug": CHRONIC_MIGRAINE_SLUG,
        "title": "Chronic migraine explained",
        "summary": (
            "What doctors mean by chronic migraine, how Overlap counts headache and migraine "
            "days against it, and what you and your clinician can do when the numbers climb."
        ),
        "category": "conditions",
        "conditions": MIGRAINE,
        "order": 7,
        "sources": [SOURCE, ICHD3, IHS_CHRONIC_TRIAL_GUIDELINES, AHS_CONSENSUS, EHF_CGRP],
        "body": """\
Most people with migraine have *episodic* migraine: attacks come and go, with plenty of
headache-free days in between. For some people, attacks become so frequent that headache
is there on more days than not. Doctors then call it **chronic migraine**. The word
chronic here is about how often, not about how long you have had migraine.

You may have arrived here from a note in Overlap. The note means your diary shows a
pattern that matches this definition. It is not a diagnosis. Only a clinician who knows
you can decide what your headaches are.

## The definition

The International Headache Society's classification (ICHD-3, section 1.3) describes
chronic migraine as:

- headache on **15 or more days a month**,
- for **more than three months**,
- with **migraine features on at least 8 of those days a month** (or days when a migraine
  medicine such as a triptan worked),
- in someone who has migraine.

Headache days count whatever the kind of headache, so milder days count too. The
migraine-feature days are the ones that look like migraine, for example a throbbing
headache with feeling sick or a strong dislike of light.

## How Overlap counts

Overlap counts **days, not attacks**. A day counts as a headache day if any headache was
going on at any time that day, in your own time zone, and as a migraine day if that
headache was a migraine. An attack from Monday evening to Wednesday morning gives three
days. Overlap works out figures per 30 days and only for days your diary covers, and it
tells you when too few days are recorded to say much.

Overlap shows the chronic-migraine note when, in each of the last three 30-day periods,
your headache days reach 15 and your migraine days reach 8.

## Why it matters

Chronic migraine is not rare, and it can take a heavy toll on work, family and mood. It is
also treatable. Many people move
back to fewer headache days with the right plan, and it is worth asking for help rather
than coping alone.

## What can push migraine towards chronic

- **Frequent use of medicines for attacks.** Taking painkillers or migraine medicines on
  many days can itself make headaches more frequent. The page *Medication overuse headache
  explained* covers this, including why painkillers for your joints count.
- **Frequent attacks to begin with**, poor sleep, ongoing stress, low mood and other pain
  conditions.
- In autoimmune disease, **flares** and the painkillers they bring can add headache days.

## What your clinician may suggest

Your clinician will look at your diary, your medicines and your other conditions. Things
they may discuss include:

- a **preventive treatment**, taken regularly to cut the number of attacks. Options with
  evidence in chronic migraine include topiramate, botulinum toxin injections
  (onabotulinumtoxinA) and the CGRP antibodies, each with its own cautions,
- a plan for **medication overuse**, if that is part of the picture,
- help with **sleep, stress and mood**, which often makes a real difference,
- how your autoimmune treatment fits with all of this.

A treatment is usually judged after two or three months, by whether your monthly migraine
days have fallen, often by half or more.

## Bring your numbers

Overlap's report shows your headache days, migraine days and medicine days side by side
for the period you choose. Taking it to your appointment saves you from counting from
memory.
""",
    },
    # ----------------------------------------------------------------- management
    {
        "slug": "treating-inflammation",
        "title": "Treating inflammation",
        "summary": (
            "How anti-inflammatory medicines for autoimmune disease, such as NSAIDs, "
            "corticosteroids and DMARDs, and the newer CGRP migraine medicines may help, and "
            "the cautions that come with each."
        ),
        "category": "management",
        "conditions": ALL_CONDITIONS,
        "order": 1,
        "sources": [
            SOURCE,
            EULAR_RA,
            EULAR_SLE,
            NSAID_TRIALISTS,
            AHS_CONSENSUS,
            EHF_CGRP,
            ERENUMAB_LABEL,
            UBROGEPANT_LABEL,
            RIMEGEPANT_SMPC,
            ATOGEPANT_TRIAL,
            ZAVEGEPANT_TRIAL,
        ],
        "body": """\
Inflammation links many autoimmune diseases with migraine, so it makes sense that treating
it can sometimes help both. This page describes the main groups of medicine. It is general
information. Your own treatment depends on your conditions, your other health needs and
what matters to you, so decide together with your clinician.

## NSAIDs

*Non-steroidal anti-inflammatory drugs*, or NSAIDs, include ibuprofen, naproxen, diclofenac
and aspirin. They block chemicals that cause pain and swelling. They are used for joint
pain, and several also work well for a migraine attack if taken early.

They have their own cautions, which matter most when they are taken often:

- **Stomach.** They can cause indigestion, ulcers and bleeding from the stomach or gut. The
  risk is higher in older people, with a past ulcer, and with steroids or blood thinners.
  Your clinician may suggest a stomach-protecting medicine.
- **Heart and circulation.** Regular use slightly raises the risk of heart attack and
  stroke, more with some NSAIDs, such as diclofenac, than with others. They can raise blood
  pressure and make heart failure worse.
- **Kidneys.** They can reduce blood flow to the kidneys, which matters if lupus or another
  condition affects your kidneys, or if you are dehydrated.
- **Asthma.** A few people with asthma find NSAIDs make it worse.
- **Medication overuse headache.** Taking them on 15 or more days a month can lead to it.
  Days you take them for joint pain count too.

## Corticosteroids

*Corticosteroids*, often just called steroids, such as prednisolone, are strong,
fast-acting medicines that damp down inflammation. They are often used to bring a flare
under control. Doctors sometimes also give a short course to help end a long, stubborn
migraine attack.

Steroids work well, but long courses can cause weight gain, poor sleep, mood changes,
thinner bones and high blood sugar. That is why doctors aim for the lowest dose for the
shortest time. If you have taken steroids for more than a few weeks, do not stop them
suddenly without advice, because your body needs time to restart its own supply.

## DMARDs

*Disease-modifying anti-rheumatic drugs*, or DMARDs, treat the cause of the inflammation,
not just the pain. Examples are methotrexate, hydroxychloroquine, sulfasalazine and
leflunomide. They act slowly and can take weeks or months to work fully. By calming the
disease, they may also lower the inflammation that can feed into headaches. Most need
regular blood tests. The page *Medicines that calm the immune system* says more.

## CGRP medicines

CGRP (calcitonin gene-related peptide) is a messenger that nerves around the brain release
during a migraine attack. It widens blood vessels, helps carry pain signals and drives the
nerve-led inflammation of migraine. Medicines that block CGRP, or the place where it acts,
were made especially for migraine. They come in two families.

**Monoclonal antibodies** (erenumab, fremanezumab, galcanezumab and eptinezumab) are given
as an injection once a month or every three months, or as a drip. They are used only to
*prevent* attacks.

**Gepants** are small-molecule medicines, and they differ from one another:

- **rimegepant** and **ubrogepant** are tablets that treat an attack; rimegepant can also
  be taken every other day to prevent attacks,
- **atogepant** is a daily tablet used only to *prevent* attacks, not to treat one,
- **zavegepant** is a **nasal spray** that treats an attack.

### Cautions with CGRP medicines

Unlike triptans, CGRP medicines do not directly narrow blood vessels, which is why they are
often considered for people whose autoimmune condition affects the vessels. They are not
free of vessel-related cautions, though. Their product information now warns that they can
**raise blood pressure**, or make existing high blood pressure worse, and that they can
bring on or worsen **Raynaud's phenomenon**, where fingers and toes turn white or blue in
the cold. If you have high blood pressure or Raynaud's, your clinician will keep an eye on
both, and will want to hear if either changes after you start.

Other points to know:

- **Pregnancy.** The antibodies stay in the body for months after the last dose, so they
  are usually stopped several months before a planned pregnancy. Gepants leave the body
  within days. If you are planning a pregnancy, talk to your clinician early.
- **Constipation** is a common side effect, especially with erenumab and atogepant.
- They are newer than most migraine medicines, so experience with long-term use is still
  growing.

Gepant days count as days with a medicine for an attack in Overlap. They are not counted
towards medication overuse, because trials have not shown gepants to cause medication
overuse headache.

## Keep a record

Log every dose in Overlap, including painkillers taken for joints. Your clinician can then
see how often you take each medicine and how well it works.
""",
    },
    {
        "slug": "immune-modulating-medicines",
        "title": "Medicines that calm the immune system",
        "summary": (
            "What methotrexate, biologics and other immune-modulating treatments do, how "
            "they might affect migraine, and the checks that help keep them safe."
        ),
        "category": "management",
        "conditions": AUTOIMMUNE,
        "order": 2,
        "sources": [SOURCE, EULAR_RA, EULAR_SLE, LENERCEPT_MS, TNF_DEMYELINATION],
        "body": """\
In autoimmune disease, the immune system is too active and attacks the body's own tissue.
*Immune modulation* means using medicine to turn that activity down to a safer level. Some
of these medicines are called immunosuppressants, because they suppress, or hold back, the
immune system.

## Methotrexate

Methotrexate is one of the most widely used medicines for rheumatoid arthritis. It is also
used in lupus, psoriatic arthritis and other conditions. For these conditions it is taken
**once a week**, not every day, often with folic acid on another day to reduce side
effects. Taking it more often than prescribed can be dangerous, so always follow the label
exactly.

Methotrexate needs regular blood tests to check your blood count and liver. Keep alcohol
within the limit your team gives you. Some people feel sick or tired for a day after their
dose, and a few get headaches. Note these in Overlap so you can talk about them.

## Biologics

Biologics are medicines made using living cells. Each one blocks a particular part of the
immune system. Some examples:

- **TNF inhibitors**, such as adalimumab, etanercept and infliximab, block TNF-alpha.
- **IL-6 blockers**, such as tocilizumab, block the IL-6 signal.
- **B-cell treatments**, such as rituximab, and belimumab in lupus, act on the cells that
  go on to make antibodies, including autoantibodies.
- Several MS treatments also act on particular immune cells.

Biologics are given as injections or drips. Some newer tablets, such as JAK inhibitors,
also work in a targeted way.

### TNF inhibitors and multiple sclerosis

TNF inhibitors are usually **avoided in people with multiple sclerosis** or another
demyelinating condition, such as a past episode of optic neuritis. In a trial in MS, a
medicine that blocked TNF led to more frequent relapses, and TNF inhibitors have been
linked with new demyelination in a small number of people. This matters if you live with
both rheumatoid arthritis and MS, for example: your rheumatologist will usually choose a
different kind of medicine. Make sure everyone who prescribes for you knows about every
condition you have.

## Could they help migraine?

These medicines are not migraine treatments. TNF-alpha and IL-6 may play a part in
migraine, so researchers are interested in whether calming the immune system helps
headaches too. Some people do notice fewer or milder attacks once their autoimmune disease
is under control. The evidence is limited. It is best to see this as a possible bonus, not
as a reason to start a medicine.

On the other hand, a few of these medicines can cause headaches as a side effect. Logging
doses and attacks in Overlap helps you and your team tell the difference.

## Infections

Because these medicines turn the immune system down, infections can be more likely or more
serious. Get medical advice quickly if you have a fever or feel very unwell, and especially
if you have a headache with fever, a stiff neck or a rash. Ask your team which vaccines you
should have.

## Keep both teams informed

Make sure the clinician who treats your migraine knows about your immune treatment, and
that your rheumatologist or MS team knows about your migraine medicines. Some combinations
need extra thought, and neither team can plan well without the full list.
""",
    },
    {
        "slug": "medication-caution",
        "title": "Medicines that need extra care",
        "summary": (
            "Why triptans and other medicines that narrow blood vessels need care when an "
            "autoimmune condition affects the vessels, what the alternatives bring with them, "
            "and how frequent painkiller use, including for joint pain, can cause medication "
            "overuse headache."
        ),
        "category": "management",
        "conditions": ALL_CONDITIONS,
        "order": 3,
        "sources": [
            SOURCE,
            ICHD3,
            SUMATRIPTAN_LABEL,
            TRIPTAN_HEART_CONSENSUS,
            AHS_CONSENSUS,
            LASMIDITAN_LABEL,
            ERENUMAB_LABEL,
            NSAID_TRIALISTS,
            EAN_MOH,
        ],
        "body": """\
This page covers two things worth knowing when you live with migraine and an autoimmune
condition. The first is about medicines that act on blood vessels, and the choices around
them. The second is about taking painkillers often.

You may have arrived here from a note in Overlap. The note is there to inform you, not to
alarm you, and it never means you must stop a medicine. Keep taking your medicines as
prescribed, and talk to your clinician.

## Part 1: medicines that narrow blood vessels

**Triptans**, such as sumatriptan, rizatriptan and zolmitriptan, are among the most useful
treatments for a migraine attack. One way they work is by narrowing blood vessels around
the brain. They can narrow other vessels a little too, including those of the heart.

For most people this is not a problem. But extra care is needed when blood vessels are
already affected, for example with:

- **vasculitis**, inflammation of the blood vessel walls, which can happen in lupus,
  rheumatoid arthritis, Sjögren's syndrome, systemic sclerosis and other conditions,
- **Raynaud's phenomenon**, where fingers and toes turn white or blue in the cold because
  their small vessels clamp down,
- disease of the **arteries**: heart disease such as angina or a past heart attack, a past
  stroke or mini-stroke (TIA), or narrowed arteries in the legs,
- **high blood pressure**, especially if it is not well controlled,
- **antiphospholipid syndrome** with clots in the arteries.

A clot in a *vein*, such as a deep vein thrombosis, is a different matter: triptans are not
known to raise that kind of risk, although estrogen-containing medicines do. The page
*Genes, hormones and blood vessels* explains the difference.

Lupus and rheumatoid arthritis also raise the risk of heart and blood vessel disease over
the years. So your clinician may weigh things up differently for you than for someone
without these conditions.

### Other times triptans are not used

- **Hemiplegic migraine or migraine with brainstem aura**, where the aura includes
  weakness on one side, double vision, slurred speech or unsteadiness. Triptans are
  usually avoided in these.
- **Within 24 hours of an ergot** (such as ergotamine or dihydroergotamine), or **of a
  different triptan**. Their effects on blood vessels can add up. Overlap shows a note if
  your diary has two of these within a day.
- With **MAO inhibitors**, an older group of antidepressants (such as phenelzine or
  moclobemide), which raise the level of some triptans in the blood. Some triptans should
  not be taken within two weeks of stopping one. Tell your clinician about every
  antidepressant you take, because a few other combinations also need care.

**Ergotamine** and similar older medicines narrow blood vessels more strongly than triptans
and are rarely used now. Some **beta-blockers**, which are used to prevent migraine, can
make cold hands and Raynaud's worse.

## The alternatives, and their own cautions

If triptans are not right for you, there are other options. None is free of cautions, so
your clinician will weigh them up with you.

- **NSAIDs** such as ibuprofen or naproxen. Taken often, they can upset or bleed the
  stomach, strain the kidneys, raise blood pressure and slightly raise the risk of heart
  attack and stroke. This matters more if lupus affects your kidneys, or if you have heart
  disease or a past ulcer.
- **Gepants** (such as rimegepant, ubrogepant, or the nasal spray zavegepant). They do not
  directly narrow blood vessels, but their product information now warns about raised blood
  pressure and Raynaud's phenomenon.
- **Ditans.** Lasmiditan is the only one. It acts on a different serotonin receptor from
  triptans, found on nerves, and does not narrow blood vessels. It often causes dizziness
  and sleepiness, so you should not drive for at least 8 hours after a dose. Taken on 10 or
  more days a month, it can cause medication overuse headache, like triptans. It is not
  available everywhere.
- **Preventive medicines**, including the CGRP antibodies, which carry the same warnings
  about blood pressure and Raynaud's as the gepants.

## Part 2: medication overuse headache

Painkillers and migraine medicines are safe and useful when taken some of the time. But
taken on many days a month, month after month, they can make headaches more frequent. This
is called **medication overuse headache**.

The International Headache Society's classification (ICHD-3) sets these limits, for regular
use lasting more than three months:

- **10 or more days a month** of triptans, ergots, opioids such as codeine, combination
  painkillers, or other medicines for attacks such as lasmiditan,
- **15 or more days a month** of simple painkillers: paracetamol, aspirin, ibuprofen,
  naproxen and other NSAIDs,
- **10 or more days a month** in total when you use several types, even if none of them is
  over its own limit.

Days count, not tablets. NSAIDs for your joints count too, even on days with no headache,
which is easy to miss in rheumatoid arthritis or lupus. Gepants are not counted, because
trials have not shown them to cause it.

If your days are at these limits, your clinician will plan what to do with you. For simple
painkillers and triptans, guidelines usually favour stopping the overused medicine under
that plan, often with a preventive treatment and support for the first weeks. Opioids and
some sedatives are different: they are reduced slowly, because stopping them suddenly can
cause withdrawal. Until you have that plan, keep taking your medicines as you do now. The
page *Medication overuse headache explained* goes through it step by step.
""",
    },
    {
        "slug": MEDICATION_OVERUSE_SLUG,
        "title": "Medication overuse headache explained",
        "summary": (
            "How taking painkillers or migraine medicines on many days can make headaches "
            "more frequent, which days Overlap counts and why NSAIDs for your joints count, "
            "and what a clinician's plan to stop the overuse usually looks like."
        ),
        "category": "management",
        "conditions": ALL_CONDITIONS,
        "order": 8,
        "sources": [SOURCE, ICHD3, EAN_MOH, MOH_REVIEW, AHS_CONSENSUS, LASMIDITAN_LABEL],
        "body": """\
Medicines for headache and pain work well when you take them now and then. When they are
taken on many days a month, month after month, they can have the opposite effect and make
headaches more frequent. Doctors call this **medication overuse headache**. It happens in
people who already have a headache condition, most often migraine, and it is a common
reason for migraine to become more frequent.

You may have arrived here from a note in Overlap. The note counts days in your diary. It is
not a diagnosis, and it does not mean you have done anything wrong. Many people never know
this can happen.

## The two parts of the definition

The International Headache Society's classification (ICHD-3, section 8.2) describes
medication overuse headache as headache on **15 or more days a month**, in someone with a
headache condition, together with **regular overuse of medicines for more than three
months**. Overuse means taking them on:

- **10 or more days a month**: triptans, ergots, opioids (such as codeine), combination
  painkillers (tablets with two or more ingredients, such as paracetamol with codeine, or
  a painkiller with caffeine), and other medicines for attacks, such as lasmiditan,
- **15 or more days a month**: simple painkillers, meaning paracetamol, aspirin, ibuprofen,
  naproxen and other NSAIDs,
- **10 or more days a month in total** when you use several kinds, even if none of them
  reaches its own limit.

Both parts matter. Overlap shows your medicine days and your headache days for the same
periods. When both reach the limits for more than three months, it says your diary matches
the pattern. When only the medicine days do, it says so, because that is the time to talk
about it, before headaches become more frequent.

## Which days count

- **Days, not tablets.** A day with one tablet counts the same as a day with four.
- **NSAIDs for your joints count.** The limit is about the medicine, not the reason you
  took it. Ibuprofen or naproxen for rheumatoid arthritis or lupus counts even on days with
  no headache. That is why Overlap shows two figures side by side: days you took a medicine
  *to treat an attack*, and days that count *towards overuse*, whatever the reason.
- **Gepants are not counted towards overuse.** Trials have not shown gepants to cause
  medication overuse headache, and the classification was written before they existed.
  Overlap still counts them as days with a medicine for an attack.

## What your clinician will usually plan

Guidelines, such as the European Academy of Neurology's, describe a few steps. Your
clinician will choose what fits you.

1. **Explaining what is going on.** For some people, understanding the link and cutting
   down with support is enough.
2. **Stopping the overused medicine.** For simple painkillers, triptans and ergots,
   guidelines usually favour stopping them completely rather than tapering, for a few weeks
   at least, with a plan from your clinician. **Opioids** and some sedatives are different:
   they are reduced slowly, sometimes with extra support, because stopping them suddenly
   can cause withdrawal.
3. **A preventive treatment**, often started at the same time, to cut the number of
   attacks.
4. **A plan for the first weeks.** Headaches often get worse for a week or two before they
   improve. Your clinician can suggest what to take, or do, on the worst days.
5. **Follow-up**, to check progress and keep medicine days below the limits afterwards.

Until you have that plan, keep taking your medicines as you do now, and do not stop
anything your clinician has prescribed for your autoimmune condition.

## The outlook

Most people improve once the overuse stops: headaches become less frequent and medicines
for attacks start working better again. Some go back to overusing later, which is why
follow-up and a diary help.

## Using Overlap

Log every dose, including painkillers for your joints, with the reason you took it.
Overlap's note warns you before you reach a limit, and the report shows your medicine
days and headache days together for your appointment.
""",
    },
    {
        "slug": "stress-sleep-and-hydration",
        "title": "Stress, sleep and water",
        "summary": (
            "Steady habits that can lower the chance of migraine attacks and autoimmune "
            "flares: easing stress with meditation, yoga and breathing, regular sleep, and "
            "drinking enough."
        ),
        "category": "management",
        "conditions": ALL_CONDITIONS,
        "order": 4,
        "sources": [SOURCE, TRIGGERS, AHS_CONSENSUS],
        "body": """\
Medicines matter, but everyday habits can make a real difference too. In a large study of
people with migraine, stress was the trigger named most often, and poor sleep and missed
meals were common too. Many people with autoimmune conditions also name stress before
their flares. None of these habits is a
cure, and nobody manages them perfectly. Small, steady changes tend to last longer than
big ones.

## Stress

Stress is how the body responds to pressure. In short bursts it is normal. When it goes on
for a long time, stress hormones and immune messengers may stay raised. This may add to
inflammation and make the brain more sensitive to migraine triggers.

Some people get attacks just *after* a stressful time ends, for example on the first day of
a holiday. This "let-down" pattern is common, so keeping a steady routine through busy and
quiet times can help.

Ways of easing stress that have some evidence behind them for migraine, and that headache
specialists include among the non-drug treatments they suggest:

- **Meditation and mindfulness.** Sit quietly for ten minutes and gently bring your
  attention back to your breath, or to the sounds around you, each time it wanders. Guided
  recordings can help you start.
- **Yoga.** Gentle stretches and poses with slow breathing. Tell the teacher about sore or
  swollen joints so they can suggest changes.
- **Breathing exercises.** Breathe in through your nose for a count of four, then out
  slowly for a count of six. Repeat for a few minutes.
- **Gentle exercise**, such as walking or swimming, at a pace your joints and energy allow.
- **Talking.** A friend, a support group, or a psychologist trained in approaches such as
  cognitive behavioural therapy (CBT) can help you cope.

## Sleep

Both too little and too much sleep can set off migraine. Poor sleep can also make pain,
tiredness and flares feel worse.

- Go to bed and get up at roughly the same times every day, weekends included.
- Keep the bedroom dark, cool and quiet.
- Cut down on caffeine after midday, and on screens in the last hour before bed.
- If pain, dryness or trips to the toilet keep waking you, tell your clinician. There may
  be help for the cause.

## Water

Not drinking enough is a common and easily missed migraine trigger. Some medicines, hot
weather, exercise and conditions such as Sjögren's syndrome make it easier to run short of
fluid.

- Keep a bottle of water nearby and sip through the day.
- Drink more in hot weather or when you are active.
- Pale yellow urine is a rough sign that you are drinking enough.

If you have kidney or heart problems, ask your clinician how much fluid is right for you.

## Track it

Overlap's daily check-in records your sleep hours, your stress from 0 to 10, and your water.
After a few weeks, the insights can show whether short-sleep or high-stress days tend to
come before your attacks. They show links, not proof, but they can suggest where to start.
""",
    },
    {
        "slug": "food-and-inflammation",
        "title": "Food, triggers and inflammation",
        "summary": (
            "How to approach food with migraine and autoimmune disease: avoid your own known "
            "triggers, such as gluten in celiac disease, and eat in a way that helps keep "
            "inflammation down."
        ),
        "category": "management",
        "conditions": ALL_CONDITIONS,
        "order": 5,
        "sources": [SOURCE, ACG_CELIAC, TRIGGERS],
        "body": """\
No single diet treats migraine or autoimmune disease. But what and when you eat can affect
both. This page covers two ideas: steering clear of your own known triggers, and eating in
a way that helps keep inflammation down.

## Known triggers

A *trigger* is something that makes an attack or a flare more likely for a particular
person. Triggers differ from person to person, and one trigger on its own may not be
enough. Often it takes several together, such as poor sleep plus a skipped meal plus
stress.

Food-related triggers that people often report include:

- **skipping or delaying meals**, one of the most common,
- alcohol, especially red wine,
- too much caffeine, or suddenly going without it,
- **gluten**, for people with celiac disease. It is found in wheat, barley and rye.

If you have celiac disease, avoiding gluten completely is essential. It calms the immune
reaction in the gut, and some people find they have fewer migraine attacks as well. See
*Celiac disease and migraine* for more.

### Avoid cutting out too much

It is tempting to drop lots of foods at once. But this can make eating stressful and leave
you short of nutrients. Unless you have a confirmed condition such as celiac disease, it is
better to test one suspected trigger at a time. Keep notes in Overlap, then look at the
pattern with your clinician or a dietitian.

## Eating to keep inflammation down

Some ways of eating seem to help keep inflammation lower, although the evidence that they
change migraine or autoimmune flares is still limited. The Mediterranean style of eating
is the best studied. It includes:

- plenty of **fruit and vegetables** in many colours,
- wholegrains (gluten-free ones if you have celiac disease), beans and lentils,
- nuts, seeds and olive oil,
- oily fish such as salmon, sardines or mackerel, which are rich in **omega-3** fats, about
  twice a week,
- less processed meat, fewer sugary drinks and less highly processed food.

Omega-3 fats are thought to calm inflammation. Plant sources include walnuts, flaxseed and
chia seeds. Some people take fish oil capsules. Check with your clinician first, especially
if you take medicines that thin the blood.

This way of eating is good for the heart too. That matters because several autoimmune
conditions raise the risk of heart disease.

## Regular meals

Eating at regular times keeps blood sugar steady, which can help prevent attacks. If
mornings are hard because of stiffness or nausea, keep something simple ready, such as
yoghurt, fruit or a gluten-free cereal bar.

## Talk to a professional

A registered dietitian can help you plan meals that suit both conditions. They can take
into account any allergies, medicines such as steroids that affect appetite and blood
sugar, and your own goals.
""",
    },
    {
        "slug": "using-your-diary",
        "title": "Using your diary to spot patterns",
        "summary": (
            "How to use Overlap's diary, daily check-in and timeline to see how your migraine "
            "attacks and autoimmune flares relate, and how to read the insights with care."
        ),
        "category": "management",
        "conditions": ALL_CONDITIONS,
        "order": 6,
        "sources": [SOURCE, ICHD3, IHS_TRIAL_GUIDELINES],
        "body": """\
Memory is not a good record of pain. After a few weeks, most of us cannot say how many bad
days we had or what came before them. A diary fills that gap. Overlap is built to record
migraine and autoimmune disease in one place, so you can see how they move together.

## What to record

- **Migraine attacks.** When the attack started and ended, how bad it was at its worst (0
  to 10), whether you had aura, other symptoms, how much it stopped you doing things, and
  any triggers you suspect. If an attack is still going, you can end it later.
- **Flares.** Which condition flared, when the flare started and ended, how severe it was,
  and your symptoms.
- **Medicines and doses.** Add your medicines once, then log each dose when you take it,
  including painkillers for joint pain.
- **Daily check-in.** A quick note of your sleep hours, stress, water, any gluten, fatigue
  and joint pain. If you choose to, you can record your period as well.

You do not need to fill in everything. Short, regular entries are more useful than long
ones now and then.

## Reading your timeline

The timeline puts attacks, flares, doses and check-ins side by side. Look for:

- migraine days bunching up around flares,
- attacks that follow short nights, stressful days, gluten or your period,
- how often you take medicines for attacks.

Overlap counts **migraine days**. A day counts if an attack was going on at any time that
day, in your own time zone. So an attack from Monday night to Wednesday morning counts as
three days. Monthly figures are worked out per 30 days.

## Insights

Once you have enough entries, Overlap works out some figures for you.

- **Migraine days during flares compared with other times.** Each flare can be widened by
  a few days either side, because attacks may come just before or after it. You choose how
  many days.
- **Timing around flares.** How often a migraine day falls on each day from two weeks
  before a flare starts to two weeks after.
- **Possible triggers.** Whether migraine days are more likely on or just after days with
  short sleep, high stress, gluten, your period or too little water.

When there is too little data, Overlap says so rather than showing a figure that might
mislead you. Each result comes with a range. A wide range means the answer is still
uncertain.

> A link is not the same as a cause. If attacks often follow poor sleep, both might be
> caused by something else, such as pain at night. Use insights to start a conversation
> with your clinician, not to reach a conclusion on your own.

## Notes and alerts

Overlap may show a calm note if your days with medicines for attacks, or with painkillers,
are getting close to the levels linked with medication overuse headache. It may also show
one if your headache days match the pattern of chronic migraine, or if you log a triptan
while you have a condition that affects blood vessels. Notes never block anything. They
suggest something to raise with your clinician, and each links to a page that explains
it: *Medication overuse headache explained*, *Chronic migraine explained* and *Medicines
that need extra care*.

Two medicine figures can look alike but answer different questions. *Days with a medicine
for an attack* are the days you took something to treat a headache or migraine. *Days that
count towards overuse* follow the kind of medicine, whatever the reason: ibuprofen for
your joints counts there, while a gepant for an attack counts only in the first figure.

## Sharing

You can let a clinician see a read-only view of your timeline and a printable report, and
stop sharing at any time. You can also see who has looked at your data, and download or
delete all of it.
""",
    },
    {
        "slug": "working-with-your-care-team",
        "title": "Working with your care team",
        "summary": (
            "Why shared care between neurology and rheumatology matters, what regular "
            "monitoring involves, how to get the most from appointments, and which headaches "
            "need help quickly."
        ),
        "category": "management",
        "conditions": ALL_CONDITIONS,
        "order": 7,
        "sources": [SOURCE, SNNOOP10, ICHD3],
        "body": """\
With migraine and an autoimmune condition, several professionals may be involved in your
care. These can include your family doctor, a neurologist (a doctor for the brain and
nerves), a rheumatologist (a doctor for joints and immune conditions), and perhaps nurses,
pharmacists, dietitians or therapists. Each sees part of the picture. Care works best when
they share what they know.

## Why shared care matters

- **Treatments affect each other.** A triptan that suits one person may not suit someone
  with vasculitis. Painkillers taken for joints can add to headaches. Steroids given for a
  flare can affect sleep and mood.
- **Symptoms overlap.** Fatigue, brain fog and headache can come from either condition.
  Looking at both together helps avoid missing something, or treating the same problem
  twice.
- **One plan is easier to follow** than two plans that do not fit together.

You can help by keeping one up-to-date list of all your medicines, including ones you buy
yourself and any supplements. You can also ask each clinician to send copies of their
letters to the others.

## Regular monitoring

Monitoring means checking in regularly, even when things seem settled. Depending on your
conditions and medicines, it might include:

- blood tests for medicines such as methotrexate, and to check inflammation, kidneys and
  liver,
- blood pressure checks and a look at your heart and blood vessel health,
- a review of your migraine days and how often you take medicines for attacks,
- checks of your eyes or nerves.

## Getting the most from an appointment

- Before you go, look at your Overlap timeline, or print a report covering the time since
  your last visit.
- Write down your three most important questions.
- Mention any change in your usual headache pattern.
- Ask what to do if things get worse, and who to contact.

You can choose to share your Overlap data with a clinician, and stop sharing at any time.

## When to get help quickly

Most headaches are not a sign of anything serious. But some need prompt care. Doctors use
checklists of warning signs to spot the headaches that may have another cause; one widely
used list is called SNNOOP10. The signs below follow that kind of list.

**Call emergency services** if a headache:

- comes on suddenly and reaches its worst within about a minute,
- comes with weakness, numbness, a drooping face, slurred speech or confusion,
- follows a head injury, or comes with a seizure or fainting.

**Get medical advice the same day** if:

- you have a headache with fever, a stiff neck or a rash, especially if you take medicines
  that calm the immune system,
- you are pregnant, or gave birth in the last few weeks, and have a new or unusual
  headache, particularly with changes in vision, swelling or high blood pressure,
- your headache changes with your position: much worse when you stand or sit up and
  better when you lie down, or the other way round,
- you are over 50 and this is a new kind of headache for you, especially with a tender
  scalp, jaw pain when chewing, or changes in vision,
- your aura is different from usual, lasts more than an hour, or comes with weakness on one
  side of the body.

**Make an appointment soon** if:

- your headache is new, different and getting steadily worse over days or weeks,
- headaches are brought on by coughing, sneezing, straining or exercise,
- you have had cancer, or have a condition or treatment that weakens the immune system,
  and develop a new headache,
- you are taking painkillers or migraine medicines on more days than not.

If you are unsure, it is always fine to ask.
""",
    },
]
