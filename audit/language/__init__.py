"""The language layer under the rules: words and their statistics (lexicon), sentences and
quotations (text), positions in a text (spans), names and how they are spelled (names,
romanisation, transliteration), and who a pronoun could stand for (antecedents). Rules read
these; none of them knows a rule."""
