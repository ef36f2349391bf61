"""submission attempts for the rate limit, shared by every process

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('submissions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_hash', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_submissions_client_hash', 'submissions', ['client_hash'])
    op.create_index('ix_submissions_at', 'submissions', ['at'])


def downgrade() -> None:
    op.drop_index('ix_submissions_at', table_name='submissions')
    op.drop_index('ix_submissions_client_hash', table_name='submissions')
    op.drop_table('submissions')
