"""The production configuration: concurrent approvals through the portal on PostgreSQL."""
from __future__ import annotations

import dataclasses

import pytest

from tests.webhooks import test_staff_review
from webhooks import create_app


@pytest.fixture
def pg_app(postgres_url, settings, assistant):
    app = create_app(dataclasses.replace(settings, database_url=postgres_url), assistant=assistant)
    app.config.update(TESTING=True)
    yield app
    app.extensions["front_door"].sessions.kw["bind"].dispose()


def test_two_reviewers_approving_at_once_get_one_case_number(pg_app):
    test_staff_review.test_two_reviewers_approving_at_once_get_one_case_number(pg_app)


def test_concurrent_approvals_of_different_drafts_never_share_a_number(pg_app):
    test_staff_review.test_concurrent_approvals_of_different_drafts_never_share_a_number(pg_app)
