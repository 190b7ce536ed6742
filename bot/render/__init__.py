"""What a person is handed beside the words: the /progress chart, the doctor's page (PDF) and
the /export archive. Drawn from the rules' results (bot/programme), never from storage."""
