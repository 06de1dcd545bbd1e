"""qa.answer.wordparts: a question's word said by a label in parts."""

from __future__ import annotations

from qa.answer.wordparts import joined_with


def test_a_label_joining_a_compounds_first_part_to_another_word_of_the_question():
    """'toegankelijk voor rolstoelgebruikers': the label 'rolstoeltoegankelijk' is 'rolstoel' + 'toegankelijk'."""
    assert joined_with("rolstoelgebruiker", ["toegankelijk", "toilet"], {"waarvan", "rolstoeltoegankelijk"})


def test_no_join_without_the_other_word_or_with_another_first_part():
    assert not joined_with("rolstoelgebruiker", ["toilet"], {"waarvan", "rolstoeltoegankelijk"})
    assert not joined_with("fietsgebruiker", ["toegankelijk"], {"rolstoeltoegankelijk"})
    assert not joined_with("rolstoel", ["toegankelijk"], {"rolstoeltoegankelijk"})  # the part alone is no compound
