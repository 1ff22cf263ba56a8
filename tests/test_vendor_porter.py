import re

from dossier._vendor.porter import PorterStemmer
from tests.conftest import EXAMPLE


def test_vendored_porter_equals_nltk_on_real_vocabulary():
    from nltk.stem.porter import PorterStemmer as NltkPorter

    words = {w for p in EXAMPLE.glob("*.txt") for w in re.findall(r"[a-z]+", p.read_text().lower())}
    words |= {"assembly", "analogy", "responsibly", "trekking", "revved", "generalizations"}
    for mode in (PorterStemmer.MARTIN_EXTENSIONS, PorterStemmer.NLTK_EXTENSIONS):
        ours, theirs = PorterStemmer(mode=mode), NltkPorter(mode=mode)
        assert [ours.stem(w) for w in sorted(words)] == [theirs.stem(w) for w in sorted(words)]
