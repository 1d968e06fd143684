"""What tests share: a fake clock, banks made in code, raw looks into the database,
the keys a learner presses, extractor inputs. Fixtures stay in the conftest files."""
