"""WordMemo: a word property remembered and looked up for a set of words at once."""

from worker.extract.memo import WordMemo


def test_values_of_true_words_only_and_each_word_computed_once():
    calls = []

    def vowels(word: str) -> int:
        calls.append(word)
        return sum(char in "aeiou" for char in word)

    memo = WordMemo(vowels)
    assert memo.among(["harbour", "rhythm", "ann"]) == {"harbour": 3, "ann": 1}
    assert memo.among(["ann", "lee"]) == {"ann": 1, "lee": 2}
    assert sorted(calls) == ["ann", "harbour", "lee", "rhythm"]


def test_forgetting_at_the_limit_keeps_answers_right():
    memo = WordMemo(str.isupper, limit=3)
    assert memo.among(["NATO", "ann", "EU"]) == {"NATO": True, "EU": True}
    # Over the limit: the tables start afresh, and words tested before are tested again, not lost.
    assert memo.among(["NATO", "lee", "UN", "harbour"]) == {"NATO": True, "UN": True}
    assert memo.among(["EU", "NATO"]) == {"EU": True, "NATO": True}


def test_which_gives_the_true_words_and_shares_the_tables_with_among():
    calls = []

    def capitalised(word: str) -> bool:
        calls.append(word)
        return word[:1].isupper()

    memo = WordMemo(capitalised, limit=4)
    assert memo.which(frozenset(["Ann", "lee", "Harbour"])) == {"Ann", "Harbour"}
    assert memo.among(["Ann", "pier"]) == {"Ann": True}
    assert sorted(calls) == ["Ann", "Harbour", "lee", "pier"]
    assert memo.which({"Board", "quay", "Ann"}) == {"Board", "Ann"}  # over the limit: tested afresh, still right
