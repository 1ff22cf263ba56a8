"""Events: who did what to whom, CAMEO-coded, from the dependency parse of one article.

For each sentence, an event verb ("condemned"), a light verb with an event noun
("imposed sanctions on") or an event noun alone ("Mr. Trump's phone call to Mr. Xi",
"talks between India and Pakistan") gives the action (``verbs.py``); its
subject, passive agent or possessor is the source, its object or prepositional
object the target. Both must be actors (``actors.py``): an event needs a dyad, as in
PETRARCH. When the object is a thing, its owner is the target ("criticized the
Turkish incursion" -> TUR); the subject of a that-clause is the addressee of a demand.
When neither the object nor a preposition names an actor, the first actor inside
the verb phrase is the target, as in PETRARCH (time and place adjuncts excepted, but
places are targets of protests and violence). Conjoined actors, and conjoined
modifiers ("Russian and Chinese leaders"), give one event each, both ways for
reciprocal actions ("X and Y signed a treaty"); the codebook's reciprocal codes
(meetings, calls, talks, signed agreements) add the reverse event. Pronouns ("It
imposed ...") take the most recent fitting actor of the sentence or the two before.
Each event keeps its status: modal, conditional, wanted and "considering ..." actions
are hypothetical, "will"/"plans to" future, "not"/"refused to" negated, so "could put
off arms sales" is not an arms sale. History the sentence dates a year or more before the
article ("Israel's 1982 invasion of Lebanon") is background, not coded (``background``).

This package entry only sequences the stages: candidates (``candidates``), coding
(``coding``), which of them count (``selection``), and the paired events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.events.actors import ActorCoder, ActorDictionary
from dossier.analyze.events.candidates import find_candidates, verb_lemma
from dossier.analyze.events.codes import is_dissent
from dossier.analyze.events.coding import code_found, linked_events
from dossier.analyze.events.selection import background_dropped, subordinate_dropped
from dossier.analyze.registry import step
from dossier.model import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.model import Article, ArticleAnalysis, TimeExpression

__all__ = ["extract_events", "find_events", "verb_lemma"]


@step("events", "dossier.events.v1", requires=("mentions", "time_expressions"), assigns=("events",))
def find_events(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    analysis.events = extract_events(doc, article.id, analysis.mentions, analysis.time_expressions)


def extract_events(
    doc: Doc,
    article_id: str,
    mentions: list,
    timexes: list[TimeExpression] | None = None,
    actors: ActorDictionary | None = None,
) -> list[Event]:
    """All coded events of one parsed article, in text order, without duplicates.

    ``actors`` adds a user's own actor dictionary to the built-in tables.
    """
    coder = ActorCoder(doc, mentions, actors)
    sents = list(doc.sents)
    out: list[Event] = []
    seen: set[tuple] = set()
    for index, sent in enumerate(sents):
        context = sents[max(0, index - 2) : index]
        founds = list(find_candidates(sent))
        coded = [
            (found, event)
            for found in founds
            for event in code_found(found, coder, sent, context, article_id, timexes or [])
        ]
        # per action and source: "France and the government of Germany warned ..." may
        # find one source's target in the object and the other's only in the phrase
        done = {(found.anchor.i, found.source.i) for found, _ in coded}
        done |= {(found.anchor.i, found.source.i) for found in founds if found.had_target}
        for found in founds:  # nothing coded: PETRARCH's first actor in the verb phrase
            action = (found.anchor.i, found.source.i)
            if action not in done and not (
                (found.nominal and not is_dissent(found.code))
                or found.reciprocal
                or found.had_target
            ):
                done.add(action)
                coded.extend(
                    (found, event)
                    for event in code_found(
                        found, coder, sent, context, article_id, timexes or [], whole_phrase=True
                    )
                )
        coded = subordinate_dropped(background_dropped(coded))
        # "X and Y welcomed ties with Z": with a target, conjoined sources act on it only.
        targeted = {found.anchor.i for found, _ in coded if not found.reciprocal}
        for found, event in coded:
            if found.reciprocal and found.anchor.i in targeted:
                continue
            for one in (event, *linked_events(event)):
                key = (one.start, one.source_actor, one.target_actor, one.root_code)
                if key not in seen:
                    seen.add(key)
                    out.append(one)
    return out
