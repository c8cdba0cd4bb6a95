import typer
from sqlalchemy import create_engine, text

app = typer.Typer()
engine = create_engine("sqlite:///inventory.db")


@app.command()
def lookup(sku: str, warehouse: str = "main"):
    query = text("SELECT sku, qty FROM stock WHERE sku = :sku AND warehouse = :wh")
    with engine.connect() as conn:
        for row in conn.execute(query, {"sku": sku, "wh": warehouse}):
            typer.echo(f"{row.sku}: {row.qty}")


if __name__ == "__main__":
    app()
