/**
 * The synthetic dataset generator behind {@code kyosei generate}.
 *
 * <p>{@link org.kyosei.generate.SyntheticNetworkGenerator} builds a model in memory as int arrays
 * ({@code WorldBuilder}: communities, households, labour market, incidents, organizations, then
 * the planters) and streams it to CSV files in the format of DATA.md
 * ({@code NodeFilesWriter}, {@code RelationFileWriter}). Background relationships of each resident
 * are produced on the fly from a per-resident random stream ({@code ResidentRows}); rows decided
 * while building the model are held compactly ({@code RowBuffer}) and interleaved with them.
 *
 * <p>Each penetration pattern has its own planter ({@code FrontBrokerPlanter},
 * {@code FrontEmployerPlanter}, {@code GatekeeperPlanter}, {@code ExploitationHubPlanter},
 * {@code FeeSkimmingPlanter}, {@code InfiltrationGrowthPlanter}, {@code NewBridgePlanter}) writing
 * truth.csv, and each benign look-alike its own class writing lookalikes.csv. Nationality,
 * language and residence status are drawn last, from a separate stream
 * ({@code ProtectedAttributes}), and influence nothing.
 *
 * <p>{@link org.kyosei.generate.WorldParameters} holds the world's knobs: the fixed default world,
 * or one drawn per seed ({@code --world random}) with members living among residents
 * ({@code MemberNeighbourhood}), shared offices and accountants as look-alikes, and every variant
 * of every pattern planted; {@code WorldFile} writes it to world.json.
 */
package org.kyosei.generate;
